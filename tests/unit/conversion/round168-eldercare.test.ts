/**
 * Round 168 (tests/fixtures/conversion/round168-eldercare.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on elderly care, nursing homes and community
 * canteens (homes, canteens, health, volunteers, tech, policy, families, people). Measured
 * 2026-12-07 on the engine after rounds 163–167's rules (a593083), as a held-out test of them:
 * Taiwan 198, Hong Kong 198, Simplified 200 (opencc-js 176, 173, 200); none of the pairs opencc-js
 * gets right made wrong; the review list at risk ≥ 50 named 1 of the 2 wrong Taiwan decisions, with
 * 5 that were right. After the rules written from rounds 168–174: 199, 199, 200, the floors. Hong
 * Kong's 複核 and 複診 → 覆核, 覆診 were edited after measuring (figures with the edits). Left: 燃气表 (錶 of a
 * meter; other sets leave 水表 and 电表 out as disputed).
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "eldercare".
describeReportedRound("round168-eldercare.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:homes|canteens|health|volunteers|tech|policy|families|people)$/u,
  status: /^eldercare$/u,
});
