/**
 * Round 112 (tests/fixtures/conversion/round112-teawine.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on tea, wine, liquor and brewing (tea, liquor, wine,
 * beer, culture, markets, health, people). Measured 2026-12-07 before any rule was written for them
 * (engine 46828fe, on the helper's columns): Taiwan 186, Hong Kong 186, Simplified 200 (opencc-js
 * 157, 157, 199); the review list at risk ≥ 50 named 10 of the 18 wrong Taiwan decisions, with 5
 * lines that were right. After (踩曲, 曲块, 加曲, 小曲清香, 曲药, 陶坛, 这坛, 坛口, 干型, 酒厂干了三十年): these are the
 * floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "teawine".
describeReportedRound("round112-teawine.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:tea|liquor|wine|beer|culture|markets|health|people)$/u,
  status: /^teawine$/u,
});
