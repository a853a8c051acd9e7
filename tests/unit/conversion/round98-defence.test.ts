/**
 * Round 98 (tests/fixtures/conversion/round98-defence.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on defence, diplomacy and veterans (diplomacy, military,
 * veterans, border, navy-air, history, ceremonies, people). Measured 2026-12-07 before any rule was
 * written for them (engine 8e28c27, on the helper's columns): Taiwan 193, Hong Kong 193, Simplified
 * 200 (opencc-js 162, 162, 199); the review list at risk ≥ 50 named 6 of the 7 wrong Taiwan
 * decisions, with 5 lines that were right. After (范大使, 表上签下了, 烈士党永福, 鞋带都系得, 政委郁建平, 占教导员): these are
 * the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "defence".
describeReportedRound("round98-defence.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:diplomacy|military|veterans|border|navy-air|history|ceremonies|people)$/u,
  status: /^defence$/u,
});
