/**
 * Round 85 (tests/fixtures/conversion/round85-screen.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news about film, television and novels. Measured 2026-12-06
 * before any rule was written for them (engine 63b7ac5, on the helper's columns): Taiwan 190, Hong
 * Kong 190, Simplified 199 (opencc-js 155, 155, 192, on the edited gold; 2 broken: 高价签下 read as a
 * price tag, 暴雨中冲进电话亭 as floodwater); the review list at risk ≥ 50 named 4 of the 10 wrong Taiwan
 * decisions, with 5 lines that were right. After (签下 after 价, a person in the rain, jars of wine
 * counted, 台风越来越稳): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "screen".
describeReportedRound("round85-screen.tsv", {
  minEntries: 200,
  floors: { tw: 194, hk: 194, cn: 199 },
  source: /^(?:reviews|box-office|casting|wuxia|historical|streaming|awards|literature)$/u,
  status: /^screen$/u,
});
