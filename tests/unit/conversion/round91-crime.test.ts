/**
 * Round 91 (tests/fixtures/conversion/round91-crime.tsv): 200 sentences written blind by a helper
 * session in the style of mainland crime reports and investigations. Measured 2026-12-07 before any
 * rule was written for them (engine 4b048e6, on the helper's columns): Taiwan 197, Hong Kong 197,
 * Simplified 200 (opencc-js 98, 98, 200); the review list at risk ≥ 50 named none of the 3 wrong
 * Taiwan decisions, with 6 lines that were right. After (游过界河): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "crime".
describeReportedRound("round91-crime.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:arrests|fraud|scams|drugs|traffic|smuggling|corruption|trials)$/u,
  status: /^crime$/u,
});
