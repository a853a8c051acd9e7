/**
 * Round 94 (tests/fixtures/conversion/round94-farming.tsv): 200 sentences written blind by a helper
 * session in the style of mainland agriculture, livestock and fisheries news (crops, livestock,
 * fisheries, orchards, machinery, markets, cooperatives, weather-risk). Measured 2026-12-07 before
 * any rule was written for them (engine 48750cb, on the helper's columns): Taiwan 193, Hong Kong
 * 193, Simplified 200 (opencc-js 162, 162, 200); the review list at risk ≥ 50 named 3 of the 7
 * wrong Taiwan decisions, with 3 lines that were right. After (涂白, 每只能, 制曲, 深松机, 老党员郁大爷): these are the
 * floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "farming".
describeReportedRound("round94-farming.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:crops|livestock|fisheries|orchards|machinery|markets|cooperatives|weather-risk)$/u,
  status: /^farming$/u,
});
