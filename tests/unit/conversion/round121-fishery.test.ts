/**
 * Round 121 (tests/fixtures/conversion/round121-fishery.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on fisheries, the sea and coastal life (fishing, seafood,
 * aquaculture, ports, ocean, coast, rules, people). Measured 2026-12-07 before any rule was written
 * for them (engine 4a88482, on the helper's columns): Taiwan 198, Hong Kong 198, Simplified 200
 * (opencc-js 162, 162, 200); the review list at risk ≥ 50 named 1 of the 2 wrong Taiwan decisions,
 * with 3 lines that were right. After (裹上面糊, 游春生 opening a sentence): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "fishery".
describeReportedRound("round121-fishery.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:fishing|seafood|aquaculture|ports|ocean|coast|rules|people)$/u,
  status: /^fishery$/u,
});
