/**
 * Round 80 (tests/fixtures/conversion/round80-athletes.tsv): 200 sentences written blind by a
 * helper session in the style of mainland sports news naming athletes and coaches. Measured
 * 2026-12-06 before any rule was written for them (engine e05d666, on the helper's columns): Taiwan
 * 178, Hong Kong 178, Simplified 200 (opencc-js 136, 136, 199; 2 broken: 钟志松伤停 read with a
 * one-character given name, 泳坛天后面对 as 后面); the review list at risk ≥ 50 named 18 of the 22 wrong
 * Taiwan decisions, with 6 lines that were right. After (X教练, 小将郁欣然的, two names joined by 和 before
 * 携手 or 同时, a list ending before 首次 or 一起, 天后面对, 钟志松, 拖干): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "athletes".
describeReportedRound("round80-athletes.tsv", {
  minEntries: 200,
  floors: { tw: 191, hk: 191, cn: 200 },
  source: /^(?:football|basketball|table-tennis|badminton|swimming|athletics|e-sports|training)$/u,
  status: /^athletes$/u,
});
