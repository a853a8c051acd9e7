/**
 * Round 72 (tests/fixtures/conversion/round72-tech.tsv): 200 sentences written blind by a helper
 * session in the style of mainland technology, car and consumer-product news. Measured 2026-12-06
 * before any rule was written for them (engine 51e9c95, on the helper's columns): Taiwan 186, Hong
 * Kong 186, Simplified 200 (opencc-js 156, 156, 200, on the edited gold; 3 broken: 涂覆 read as a
 * name, 宝马5系在 as tying, 这款手表现已 as 表现); the review list at risk ≥ 50 named 10 of the 14 wrong Taiwan
 * decisions, with 12 lines that were right. After (a model series after its number, 系 of a finding
 * further from 所致, 称系, 周活跃 → 週, 这款手表 → 錶, 涂覆 retagged, reviewers and founders named after 博主, 测评人,
 * 厂商老郁): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "tech".
describeReportedRound("round72-tech.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:phones|computers|chips|cars|apps|telecoms|ecommerce|reviews)$/u,
  status: /^tech$/u,
});
