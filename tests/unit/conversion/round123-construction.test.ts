/**
 * Round 123 (tests/fixtures/conversion/round123-construction.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on construction, engineering and infrastructure
 * (bridges, tunnels, roads, buildings, water, safety, workers, people). Measured 2026-12-07 before any
 * rule was written for them (engine 7b525e3, on the helper's columns): Taiwan 196, Hong Kong 196 (with
 * the gold edit below), Simplified 200 (opencc-js 172, 171, 200); the review list at risk ≥ 50 named 3
 * of the 4 wrong Taiwan decisions, with 5 lines that were right. After (个人卡里, 施工员后立军说, three names
 * before 三名, 徒弟小钟说): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "construction".
describeReportedRound("round123-construction.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:bridges|tunnels|roads|buildings|water|safety|workers|people)$/u,
  status: /^construction$/u,
});
