/**
 * Round 79 (tests/fixtures/conversion/round79-history.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news about history and historical figures. Measured 2026-12-06
 * before any rule was written for them (engine e05d666, on the helper's columns): Taiwan 189, Hong
 * Kong 189, Simplified 200 (opencc-js 166, 167, 198; 3 broken: 改换发式, 可怜白发生, 写成于庆历六年 where jieba's
 * dictionary has a person 于庆历); the review list at risk ≥ 50 named 6 of the 12 wrong Taiwan
 * decisions, with 12 lines that were right. After (reign names 庆历, 征和; 干栏; 采石矶; 发式; 白发生; jieba's
 * 于庆历 retired): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "history".
describeReportedRound("round79-history.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:dynasties|emperors|generals|officials|poets|battles|archaeology|anniversaries)$/u,
  status: /^history$/u,
});
