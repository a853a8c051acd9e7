/**
 * Round 27 (tests/fixtures/conversion/round27-fiction.tsv): 200 sentences of web-novel prose
 * written blind by a helper session, 40 each of xianxia, wuxia, urban, palace and game fiction (the
 * register users report most conversion errors in), each with a one-to-many character and the
 * Taiwan and Hong Kong forms. Measured 2026-12-06 before any rule was written for them (engine
 * 9ea195f): Taiwan 192, Hong Kong 192, Simplified 200, none broken. After (那卷…卷轴, 袖袍一卷, 姓范
 * where jieba joins 姓范, 三坛酒, 开仓放谷, 副本里): 200 in each; these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the genre (xianxia, palace…); every status is "fiction".
describeReportedRound("round27-fiction.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:xianxia|wuxia|urban|palace|game)$/u,
  status: /^fiction$/u,
});
