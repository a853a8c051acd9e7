/**
 * Round 132 (tests/fixtures/conversion/round132-opera.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on Chinese opera and theatre troupes (roles, repertoire,
 * troupes, training, venues, heritage, business, people). Measured 2026-12-07 before any rule was
 * written for them (engine f8efd0d, on the helper's columns): Taiwan 189, Hong Kong 188, Simplified 200
 * (opencc-js 160, 160, 199); the review list at risk ≥ 50 named 2 of the 12 wrong Taiwan decisions,
 * with 4 lines that were right. After (台风也很稳 of a performer, 《水斗》, 学会系鸾带, 涂上底彩 no
 * name, 占玉梅十二岁, 余叔岩 and 余派): these are the floors. 困得 (睏) is left as opencc has it.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "opera".
describeReportedRound("round132-opera.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 198, cn: 200 },
  source: /^(?:roles|repertoire|troupes|training|venues|heritage|business|people)$/u,
  status: /^opera$/u,
});
