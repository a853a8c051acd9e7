/**
 * Round 76 (tests/fixtures/conversion/round76-campus.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news about schools, exams and campus life. Measured 2026-12-06
 * before any rule was written for them (engine a271e83, on the helper's columns): Taiwan 192, Hong
 * Kong 192, Simplified 200 (opencc-js 157, 157, 199, on the edited gold; 2 broken: 周考卷, 叫他胡子老师);
 * the review list at risk ≥ 50 named 3 of the 8 wrong Taiwan decisions, with 7 lines that were
 * right. After (周考卷 and other weekly events, jieba's person tag on 胡子 replaced, 托福成绩, 和好面,
 * 食堂师傅涂建军每天): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "campus".
describeReportedRound("round76-campus.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:exams|admissions|teachers|students|canteens|sports-days|universities|rules)$/u,
  status: /^campus$/u,
});
