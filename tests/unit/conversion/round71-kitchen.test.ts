/**
 * Round 71 (tests/fixtures/conversion/round71-kitchen.tsv): 200 sentences written blind by a helper
 * session in the style of mainland food, cooking and farm-produce writing (recipes, restaurants,
 * food safety, harvests, markets, baking, drinks, snacks). Measured 2026-12-06 before any rule was
 * written for them (engine 51e9c95, on the helper's columns): Taiwan 179, Hong Kong 179, Simplified
 * 200 (opencc-js 139, 139, 200; 1 broken: 油泼扯面宽如腰带); the review list at risk ≥ 50 named 13 of the
 * 22 wrong Taiwan decisions, with 10 lines that were right. After (晾制, 晒制, 现制 → 製; 碱水面, 扯面, 面剂子 →
 * 麪; 冲入开水, 冲一杯挂耳咖啡, 冲饮, 手冲 → 沖; 只只饱满, 按只卖 → 隻; 姜粉, 泡姜 → 薑; the cooks and vendors named after their
 * trade): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "kitchen".
describeReportedRound("round71-kitchen.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:recipes|restaurants|food-safety|harvest|markets|baking|drinks|snacks)$/u,
  status: /^kitchen$/u,
});
