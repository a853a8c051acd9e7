/**
 * Round 31 (tests/fixtures/conversion/round31-classical.tsv): 200 sentences written blind by a
 * helper session, 25 each of idioms, quoted poetry, quoted classical prose, editorials, calligraphy,
 * festivals and the almanac, opera, and religion. Measured 2026-12-06 before any rule was written for
 * them (engine d606e39): Taiwan 174, Hong Kong 174, Simplified 194 (opencc-js 166, 166, 194), two
 * pairs opencc-js gets right made wrong (礼斗法会, 纸上游动). After (云 and 余 of quotations, the
 * branch 丑 in lists, 齣 before a title, 钟山, 干笔, 鍾馗 → 钟馗; since round 47, 想像 → 想象 into
 * Simplified except before a likeness, BYVoid/OpenCC#1035's 想像水一样): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "classical".
describeReportedRound("round31-classical.tsv", {
  minEntries: 200,
  floors: { tw: 196, hk: 196, cn: 200 },
  source: /^(?:idiom|poetry|prose|editorial|calligraphy|festival|opera|religion)$/u,
  status: /^classical$/u,
});
