/**
 * Round 156 (tests/fixtures/conversion/round156-calligraphy.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on calligraphy, seal carving, paper and ink making
 * (brush, ink, paper, seals, exhibitions, teaching, market, people). Measured 2026-12-07 before any
 * rule was written from it (38a3374): Taiwan 179, Hong Kong 180, Simplified 200 (opencc-js 153,
 * 154, 199); the review list at risk ≥ 50 named 16 of the 22 wrong Taiwan decisions, with 10 that
 * were right. After the rules written from rounds 155–162: 196, 197, 200, the floors. Round 156's
 * 鼠須筆 → 鼠鬚筆 was edited after measuring (figures with the edit). Left: 于国庆 after 工人 (read as 于
 * before the holiday), 引首系 (the copula), soot's 煙灰 in Taiwan, 纸槽干着.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "calligraphy".
describeReportedRound("round156-calligraphy.tsv", {
  minEntries: 200,
  floors: { tw: 196, hk: 197, cn: 200 },
  source: /^(?:brush|ink|paper|seals|exhibitions|teaching|market|people)$/u,
  status: /^calligraphy$/u,
});
