/**
 * Round 124 (tests/fixtures/conversion/round124-textiles.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on textiles, clothing and the fashion industry (mills,
 * garments, fashion, retail, heritage, trade, materials, people). Measured 2026-12-07 before any rule
 * was written for them (engine 7b525e3, on the helper's columns): Taiwan 196, Hong Kong 196,
 * Simplified 200 (opencc-js 164, 164, 200); the review list at risk ≥ 50 named 2 of the 5 wrong Taiwan
 * decisions, with 5 lines that were right. After (冲淋, 绣龄的钟秀芳说, 小钟是一名95后主播, 绣娘郁红梅): these are the
 * floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "textiles".
describeReportedRound("round124-textiles.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:mills|garments|fashion|retail|heritage|trade|materials|people)$/u,
  status: /^textiles$/u,
});
