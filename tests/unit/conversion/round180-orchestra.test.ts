/**
 * Round 180 (tests/fixtures/conversion/round180-orchestra.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on orchestras, choirs, instrument makers and music
 * schools (orchestras, choirs, instruments, makers, schools, tours, heritage, people). Measured
 * 2026-12-07 on the engine with every rule of the day (0f6dbec), as a held-out test of them: Taiwan
 * 196, Hong Kong 196, Simplified 200 (opencc-js 164, 164, 200); none of the pairs opencc-js gets
 * right made wrong; the review list at risk ≥ 50 named 4 of the 4 wrong Taiwan decisions, with 10
 * that were right. No rule was written from it: the floors are those figures. The misses: 制 of
 * instrument makers (挖制, 制弓师), 范志远 after 乐团首席, 后德顺 after 唢呐艺人.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "orchestra".
describeReportedRound("round180-orchestra.tsv", {
  minEntries: 200,
  floors: { tw: 196, hk: 196, cn: 200 },
  source: /^(?:orchestras|choirs|instruments|makers|schools|tours|heritage|people)$/u,
  status: /^orchestra$/u,
});
