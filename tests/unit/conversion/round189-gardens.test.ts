/**
 * Round 189 (tests/fixtures/conversion/round189-gardens.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on flowers, gardening, bonsai and parks' plantings (flowers,
 * bonsai, parks, pests, nurseries, shows, home, people). Measured 2026-12-07 on the engine before its
 * rules (4a1e922, every rule of rounds to 183), as a held-out test of them: Taiwan 192, Hong Kong 191,
 * Simplified 200 (opencc-js 159, 159, 200); pairs opencc-js gets right made wrong: none; the review
 * list at risk ≥ 50 named 5 of the 9 wrong Taiwan decisions, with 9 that were right. The misses: a
 * bonsai's trunk (曲干式, 截干: 幹), 红木几架 (几), 垂挂如须 (鬚), 一扎扎 (紮), 卷叶蛾 (捲), 干莲蓬 and 盆土不易干 (乾). The floors are
 * the figures after the rules written from it and rounds 184–191.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "gardens".
describeReportedRound("round189-gardens.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:flowers|bonsai|parks|pests|nurseries|shows|home|people)$/u,
  status: /^gardens$/u,
});
