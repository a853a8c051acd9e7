/**
 * Round 97 (tests/fixtures/conversion/round97-housing.tsv): 200 sentences written blind by a helper
 * session in the style of mainland housing and property news (market, renovation, management,
 * rentals, renewal, construction, appliances, residents). Measured 2026-12-07 before any rule was
 * written for them (engine 48750cb, on the helper's columns): Taiwan 196, Hong Kong 196, Simplified
 * 200 (opencc-js 156, 156, 200); the review list at risk ≥ 50 named 4 of the 4 wrong Taiwan
 * decisions, with 2 lines that were right. After (项目经理后勇介绍): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "housing".
describeReportedRound("round97-housing.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:market|renovation|management|rentals|renewal|construction|appliances|residents)$/u,
  status: /^housing$/u,
});
