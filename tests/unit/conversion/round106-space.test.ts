/**
 * Round 106 (tests/fixtures/conversion/round106-space.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on space flight, satellites and aerospace engineering
 * (launches, spacecraft, satellites, astronauts, engineering, science, history, people). Measured
 * 2026-12-07 before any rule was written for them (engine 2d0a344, on the helper's columns): Taiwan
 * 192, Hong Kong 192, Simplified 200 (opencc-js 165, 165, 200); the review list at risk ≥ 50 named
 * 5 of the 8 wrong Taiwan decisions, with 5 lines that were right. After (推进剂加注, 以东洋面, 干馒头,
 * 工程师范老回忆, 总指挥于立新, 小钟和小余): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "space".
describeReportedRound("round106-space.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:launches|spacecraft|satellites|astronauts|engineering|science|history|people)$/u,
  status: /^space$/u,
});
