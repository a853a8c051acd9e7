/**
 * Round 133 (tests/fixtures/conversion/round133-logistics.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on parcels, post, freight and warehouses (parcels,
 * couriers, warehouses, freight, post, rural, disputes, people). Measured 2026-12-07 before any rule
 * was written for them (engine f8efd0d, on the helper's columns): Taiwan 196, Hong Kong 196,
 * Simplified 200 (opencc-js 163, 163, 200); the review list at risk ≥ 50 named all 4 wrong Taiwan
 * decisions, with 1 line that was right. After (用绳子扎牢, 十余天后, 野生菌干): these are the floors;
 * 小钟总会 (a familiar name before an adverb) stays 小鐘.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "logistics".
describeReportedRound("round133-logistics.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:parcels|couriers|warehouses|freight|post|rural|disputes|people)$/u,
  status: /^logistics$/u,
});
