/**
 * Round 153 (tests/fixtures/conversion/round153-outdoors.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on camping, hiking, angling and outdoor sports
 * (camping, hiking, angling, water, rescue, rules, gear, people). Measured 2026-12-07 on the engine
 * after rounds 132–149's rules (e669a42, on the helper's columns), as a held-out test of them: Taiwan
 * 194, Hong Kong 193, Simplified 199 (opencc-js 163, 163, 200), one pair opencc-js gets right made
 * wrong into Simplified (帳篷的外帳 read as accounts); the review list at risk ≥ 50 named 4 of the 6
 * wrong Taiwan decisions, with none that was right. Only that pair was mended: these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "outdoors".
describeReportedRound("round153-outdoors.tsv", {
  minEntries: 200,
  floors: { tw: 194, hk: 194, cn: 200 },
  source: /^(?:camping|hiking|angling|water|rescue|rules|gear|people)$/u,
  status: /^outdoors$/u,
});
