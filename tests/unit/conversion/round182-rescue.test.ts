/**
 * Round 182 (tests/fixtures/conversion/round182-rescue.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on mountain and water rescue teams and lifeguards
 * (mountain, water, gear, training, volunteers, weather, cases, people). Measured 2026-12-07 on the
 * engine with every rule of the day (0f6dbec), as a held-out test of them: Taiwan 198, Hong Kong
 * 198, Simplified 200 (opencc-js 166, 166, 200); none of the pairs opencc-js gets right made wrong;
 * the review list at risk ≥ 50 named 2 of the 2 wrong Taiwan decisions, with 2 that were right. No
 * rule was written from it: the floors are those figures. The misses: 划 of paddling in a rescue
 * rule's list (叫、叫、伸、抛、划), 队旗上签满.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "rescue".
describeReportedRound("round182-rescue.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:mountain|water|gear|training|volunteers|weather|cases|people)$/u,
  status: /^rescue$/u,
});
