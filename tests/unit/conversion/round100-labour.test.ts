/**
 * Round 100 (tests/fixtures/conversion/round100-labour.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on work, wages and labour (wages, jobs, gig,
 * factories, disputes, safety, training, workers). Measured 2026-12-07 before any rule was written
 * for them (engine 8e28c27, on the helper's columns): Taiwan 197, Hong Kong 197, Simplified 200
 * (opencc-js 163, 161, 200), with Hong Kong's 覆核 as edited after measuring; the review list at risk
 * ≥ 50 named 3 of the 3 wrong Taiwan decisions, with 7 lines that were right. After (小游已能, 工头老蒙,
 * 艺人占永祥): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "labour".
describeReportedRound("round100-labour.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:wages|jobs|gig|factories|disputes|safety|training|workers)$/u,
  status: /^labour$/u,
});
