/**
 * Round 88 (tests/fixtures/conversion/round88-regions.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news about Hong Kong, Macau and Taiwan. Measured 2026-12-06
 * before any rule was written for them (engine d53b612, on the helper's columns): Taiwan 195, Hong
 * Kong 195, Simplified 200 (opencc-js 165, 164, 200); the review list at risk ≥ 50 named 3 of the 5
 * wrong Taiwan decisions, with 5 lines that were right. After (签注; 车长, 传媒人 before a name): these
 * are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "regions".
describeReportedRound("round88-regions.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:taiwan-places|taiwan-people|hk-places|hk-people|macau|exchanges|tourism|transport)$/u,
  status: /^regions$/u,
});
