/**
 * Round 77 (tests/fixtures/conversion/round77-customs.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news about festivals, temples and folk customs. Measured
 * 2026-12-06 before any rule was written for them (engine a271e83, on the helper's columns): Taiwan
 * 176, Hong Kong 176, Simplified 200 (opencc-js 146, 147, 199, on the edited gold; 4 broken: 有一出“大头娃娃”, 塔里烧起, 设了解签处,
 * 卷草纹); the review list at risk ≥ 50 named 16 of the 28 wrong Taiwan decisions, with 9 lines that
 * were right. After (一出 before a quoted title, 塔里 and 公园里 before a verb, 了 before 解签, 卷草纹, 折元宝, 慢划,
 * 面灯, 面花, 斗姥, 发绣, 制扇, 糖姜, 小于 opening a clause, 老寿星郁德华): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "customs".
describeReportedRound("round77-customs.tsv", {
  minEntries: 200,
  floors: { tw: 194, hk: 194, cn: 200 },
  source: /^(?:spring-festival|lanterns|qingming|dragon-boat|mid-autumn|temples|weddings-funerals|heritage)$/u,
  status: /^customs$/u,
});
