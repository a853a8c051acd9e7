/**
 * Round 193 (tests/fixtures/conversion/round193-printing.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on printing houses, presses, bookbinding, stationery and paper
 * making (presses, paper, binding, stationery, newspapers, heritage, business, people). Measured
 * 2026-12-07 on the engine before its rules (ff7713b, every rule to round 191), as a held-out test of
 * them: Taiwan 197, Hong Kong 197, Simplified 200 (opencc-js 176, 176, 200); none of the pairs opencc-
 * js gets right made wrong; the review list at risk ≥ 50 named 3 of the 3 wrong Taiwan decisions, with
 * 4 that were right. The misses: 朴英子 after 来自延边的, 于晓梅和范志刚夫妇, 老余舍不得. The floors are the figures after
 * the rules written from rounds 192–199.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "printing".
describeReportedRound("round193-printing.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:presses|paper|binding|stationery|newspapers|heritage|business|people)$/u,
  status: /^printing$/u,
});
