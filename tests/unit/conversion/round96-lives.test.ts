/**
 * Round 96 (tests/fixtures/conversion/round96-lives.tsv): 200 sentences written blind by a helper
 * session in the style of mainland obituaries, memorial pieces and life stories (obituaries,
 * memorials, scientists, artists, teachers, workers, families, quotes), most sentences naming
 * people. Measured 2026-12-07 before any rule was written for them (engine 48750cb, on the helper's
 * columns): Taiwan 180, Hong Kong 180, Simplified 200 (opencc-js 109, 110, 198); the review list at
 * risk ≥ 50 named 12 of the 21 wrong Taiwan decisions, with 5 lines that were right. After (钟老诞辰,
 * 于家三代, 郁家的后人, 余光明烈士, 年轻的钟国栋, 没日没夜地干, 涂振华在, 制曲): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "lives".
describeReportedRound("round96-lives.tsv", {
  minEntries: 200,
  floors: { tw: 196, hk: 196, cn: 200 },
  source: /^(?:obituaries|memorials|scientists|artists|teachers|workers|families|quotes)$/u,
  status: /^lives$/u,
});
