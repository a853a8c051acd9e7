/**
 * Round 89 (tests/fixtures/conversion/round89-civil.tsv): 200 sentences written blind by a helper
 * session in the style of mainland civil judgments and mediation. Measured 2026-12-06 before any
 * rule was written for them (engine d53b612, on the helper's columns): Taiwan 189, Hong Kong 189,
 * Simplified 200 (opencc-js 118, 118, 200); the review list at risk ≥ 50 named 8 of the 11 wrong
 * Taiwan decisions, with 4 lines that were right. After (系 of the circumstances a thing was done
 * in, 借条系, 目的系, 此举系, 商品系, 系…原因; 所签; 律师范某, where jieba reads 师范; 证人老余; 邻居小于说): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "civil".
describeReportedRound("round89-civil.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:divorce|inheritance|loans|neighbours|labour|consumers|property|traffic)$/u,
  status: /^civil$/u,
});
