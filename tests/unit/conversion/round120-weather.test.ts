/**
 * Round 120 (tests/fixtures/conversion/round120-weather.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on weather, climate and disasters (forecast, typhoon, drought,
 * cold, flood, climate, daily, people). Measured 2026-12-07 before any rule was written for them
 * (engine 4a88482, on the helper's columns): Taiwan 199, Hong Kong 199, Simplified 200 (opencc-js 177,
 * 177, 200); the review list at risk ≥ 50 named the 1 wrong Taiwan decision, with 2 lines that were
 * right. After (老于 before a verb of posture: 老于蹲在): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "weather".
describeReportedRound("round120-weather.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:forecast|typhoon|drought|cold|flood|climate|daily|people)$/u,
  status: /^weather$/u,
});
