/**
 * Round 138 (tests/fixtures/conversion/round138-bakery.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on bakeries, pastry, noodles and flour milling (bread,
 * pastry, noodles, milling, shops, safety, training, people). Measured 2026-12-07 before any rule was
 * written for them (engine f8efd0d, on the helper's columns): Taiwan 190, Hong Kong 190, Simplified
 * 199 (opencc-js 166, 166, 200); the review list at risk ≥ 50 named 8 of the 10 wrong Taiwan decisions,
 * with 4 lines that were right. After (续面, 隔夜面, 面要揉到, 面匠, 老面头, 粉面类, 制粉, 擀制, 范志强 opening a
 * sentence): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "bakery".
describeReportedRound("round138-bakery.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:bread|pastry|noodles|milling|shops|safety|training|people)$/u,
  status: /^bakery$/u,
});
