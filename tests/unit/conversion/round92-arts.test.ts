/**
 * Round 92 (tests/fixtures/conversion/round92-arts.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news about art, calligraphy and exhibitions. Measured 2026-12-07
 * before any rule was written for them (engine 4b048e6, on the helper's columns): Taiwan 183, Hong
 * Kong 183, Simplified 199 (opencc-js 145, 145, 197); the review list at risk ≥ 50 named 12 of the
 * 17 wrong Taiwan decisions, with 8 lines that were right. After (reign marks 乾隆年制, 刻制, 复制品 over
 * 批复, 水迹干了, 图系后人仿作, 藏家, 斗笔, 花几): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "arts".
describeReportedRound("round92-arts.tsv", {
  minEntries: 200,
  floors: { tw: 195, hk: 195, cn: 199 },
  source: /^(?:painting|calligraphy|museums|auctions|ceramics|crafts|schools|profiles)$/u,
  status: /^arts$/u,
});
