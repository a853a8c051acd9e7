/**
 * Round 75 (tests/fixtures/conversion/round75-notices.tsv): 200 sentences written blind by a helper
 * session in the style of mainland police reports, court judgments, regulators' penalties and
 * official notices. Measured 2026-12-06 before any rule was written for them (engine a271e83, on
 * the helper's columns): Taiwan 180, Hong Kong 180, Simplified 200 (opencc-js 90, 90, 200, on the
 * edited gold); the review list at risk ≥ 50 named 15 of the 21 wrong Taiwan decisions, with 6
 * lines that were right. After (系 between two nouns of a notice and after a bracketed aside,
 * 系不合格产品, ，系工作人员笔误; 准予…等人; 不准燃放; 制贩): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "notices".
describeReportedRound("round75-notices.tsv", {
  minEntries: 200,
  floors: { tw: 191, hk: 191, cn: 200 },
  source: /^(?:police|courts|prosecution|fire-accident|regulation|rumours|traffic|notices)$/u,
  status: /^notices$/u,
});
