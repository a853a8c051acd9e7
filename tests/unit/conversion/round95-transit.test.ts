/**
 * Round 95 (tests/fixtures/conversion/round95-transit.tsv): 200 sentences written blind by a helper
 * session in the style of mainland transport and logistics news (railways, aviation, shipping,
 * roads, couriers, carmakers, metro, drivers). Measured 2026-12-07 before any rule was written for
 * them (engine 48750cb, on the helper's columns): Taiwan 197, Hong Kong 197, Simplified 200
 * (opencc-js 173, 173, 200); the review list at risk ≥ 50 named 1 of the 3 wrong Taiwan decisions,
 * with 5 lines that were right. After (60余趟, 该车系自上市以来): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "transit".
describeReportedRound("round95-transit.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:railways|aviation|shipping|roads|couriers|carmakers|metro|drivers)$/u,
  status: /^transit$/u,
});
