/**
 * Round 69 (tests/fixtures/conversion/round69-travel.tsv): 200 sentences written blind by a helper
 * session in the style of mainland travel and tourism writing (scenic, heritage, food-travel,
 * transport, hotels, abroad, festivals, guides). Measured 2026-12-06 before any rule was written
 * for them (engine 5e049dc, on the helper's columns): Taiwan 191, Hong Kong 192, Simplified 200
 * (opencc-js 181, 181, 200); the review list at risk ≥ 50 named 2 of the 9 wrong Taiwan decisions,
 * with 3 lines that were right. After (竹海里, 并购买, 一出昆曲折子戏, 面码, 台州府, 领队小于, 老岳): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "travel".
describeReportedRound("round69-travel.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:scenic|heritage|food-travel|transport|hotels|abroad|festivals|guides)$/u,
  status: /^travel$/u,
});
