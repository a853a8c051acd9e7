/**
 * Round 125 (tests/fixtures/conversion/round125-temples.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on temples, religion, folk belief and heritage sites (temples,
 * festivals, heritage, monks, folk, tourism, management, people). Measured 2026-12-07 before any rule
 * was written for them (engine 7b525e3, on the helper's columns): Taiwan 192, Hong Kong 193 (with the
 * gold edit below), Simplified 200 (opencc-js 168, 168, 200), and one pair opencc-js gets right made
 * wrong (剃发出家 read through 发出); the review list at risk ≥ 50 named 3 of the 8 wrong Taiwan decisions,
 * with 6 lines that were right. After (a bell measured: 和平钟高4.5米, 钟板, 剃发 and 削发, 香烟袅袅, 划旱船, 螺发, an
 * almanac's 今日冲马): these are the floors. Left: 退休教师后长林 (jieba's HMM cuts 后长|林花).
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "temples".
describeReportedRound("round125-temples.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:temples|festivals|heritage|monks|folk|tourism|management|people)$/u,
  status: /^temples$/u,
});
