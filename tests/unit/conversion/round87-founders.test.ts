/**
 * Round 87 (tests/fixtures/conversion/round87-founders.tsv): 200 sentences written blind by a
 * helper session in the style of mainland business news naming founders, executives and investors.
 * Measured 2026-12-06 before any rule was written for them (engine d53b612, on the helper's
 * columns): Taiwan 184, Hong Kong 184, Simplified 200 (opencc-js 104, 104, 200); the review list at
 * risk ≥ 50 named 9 of the 17 wrong Taiwan decisions, with 6 lines that were right. After (该只股票;
 * 教师范老师, 分析师范某, over the phrase 师范; 在涂总看来; 托福培训班; 坛装; 修表; 发制品): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "founders".
describeReportedRound("round87-founders.tsv", {
  minEntries: 200,
  floors: { tw: 192, hk: 192, cn: 200 },
  source: /^(?:founders|ceos|investors|results|deals|family-firms|scandals|interviews)$/u,
  status: /^founders$/u,
});
