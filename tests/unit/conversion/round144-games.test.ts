/**
 * Round 144 (tests/fixtures/conversion/round144-games.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on e-sports, chess, mahjong, card and board games (esports,
 * chess, mahjong, cards, boardgames, youth, business, people). Measured 2026-12-07 before any rule was
 * written for them (engine f8efd0d, on the helper's columns): Taiwan 194, Hong Kong 194, Simplified
 * 200 (opencc-js 166, 166, 200); the review list at risk ≥ 50 named 2 of the 6 wrong Taiwan decisions,
 * with 3 lines that were right. After (升变为后, 整局限时, 桌游, 裁判长郁建平, 名叫后浩然): these are the
 * floors; 姜雨桐和占浩宇 (占 after 和) stays 佔.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "games".
describeReportedRound("round144-games.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:esports|chess|mahjong|cards|boardgames|youth|business|people)$/u,
  status: /^games$/u,
});
