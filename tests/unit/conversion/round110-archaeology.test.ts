/**
 * Round 110 (tests/fixtures/conversion/round110-archaeology.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on archaeology, museums and cultural relics
 * (excavations, bronzes, scrolls, ceramics, museums, dating, protection, people). Measured
 * 2026-12-07 before any rule was written for them (engine 46828fe, on the helper's columns): Taiwan
 * 189, Hong Kong 189, Simplified 200 (opencc-js 160, 160, 200); the review list at risk ≥ 50 named
 * 4 of the 14 wrong Taiwan decisions, with 13 lines that were right. After (陶范, 探方里, 发色 of glazes,
 * 历日, 历谱, 历表): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "archaeology".
describeReportedRound("round110-archaeology.tsv", {
  minEntries: 200,
  floors: { tw: 194, hk: 194, cn: 200 },
  source: /^(?:excavations|bronzes|scrolls|ceramics|museums|dating|protection|people)$/u,
  status: /^archaeology$/u,
});
