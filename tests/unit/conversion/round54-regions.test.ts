/**
 * Round 54 (tests/fixtures/conversion/round54-regions.tsv): 200 sentences written blind by a helper
 * session as mainland news reports Hong Kong, Macau and Taiwan, 25 each of Hong Kong politics and
 * life, Macau, Taiwan, the Greater Bay Area, business, culture and people. Measured 2026-12-06
 * before any rule was written for them (engine 1258a99): Taiwan 187, Hong Kong 187, Simplified 199
 * (opencc-js 139, 139, 199), none broken. After (Cantonese creeks 涌, gaming tables 檯, the ward
 * just named 该里 and its 里干事, 捐发, 制表厂, 全蛋面, after dancing 舞后, 蚝干, 子姜; 劏 kept
 * into Simplified): these are the floors. Left: 范志坚 after 荷官.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "regions".
describeReportedRound("round54-regions.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:hk-politics|hk-life|macau|taiwan|greater-bay|business|culture|people)$/u,
  status: /^regions$/u,
});
