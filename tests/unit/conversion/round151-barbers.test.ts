/**
 * Round 151 (tests/fixtures/conversion/round151-barbers.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on barbershops, salons, wigs and hair care (barbers, salons,
 * wigs, care, training, disputes, culture, people). Measured 2026-12-07 on the engine after rounds
 * 132–149's rules (e669a42, on the helper's columns), as a held-out test of them: Taiwan 189, Hong
 * Kong 189, Simplified 200 (opencc-js 154, 154, 200); the review list at risk ≥ 50 named 2 of the 11
 * wrong Taiwan decisions, with 5 lines that were right. Most misses were 发 of hair in a wigmaker's
 * or stylist's words no dictionary holds; after measuring, phrases for six of them (漂发, 真人发, 发帘,
 * 选发, 湿发, 发笄): these are the floors. 补发片 and 发片 (also an album's release) are left.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "barbers".
describeReportedRound("round151-barbers.tsv", {
  minEntries: 200,
  floors: { tw: 196, hk: 196, cn: 200 },
  source: /^(?:barbers|salons|wigs|care|training|disputes|culture|people)$/u,
  status: /^barbers$/u,
});
