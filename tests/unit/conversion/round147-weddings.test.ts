/**
 * Round 147 (tests/fixtures/conversion/round147-weddings.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on weddings, banquets and matchmaking (weddings,
 * banquets, matchmaking, gifts, venues, customs, disputes, people). Measured 2026-12-07 before any rule
 * was written for them (engine f8efd0d, on the helper's columns): Taiwan 193, Hong Kong 193,
 * Simplified 200 (opencc-js 167, 166, 200); the review list at risk ≥ 50 named 5 of the 7 wrong Taiwan
 * decisions, with 7 lines that were right. After (盛面, 退休教师范大姐, 系满了): these are the floors; 小游
 * opening a sentence, 后晓光 and 新娘的父亲干建国 are left.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "weddings".
describeReportedRound("round147-weddings.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:weddings|banquets|matchmaking|gifts|venues|customs|disputes|people)$/u,
  status: /^weddings$/u,
});
