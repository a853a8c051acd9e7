/**
 * Round 84 (tests/fixtures/conversion/round84-research.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news about science, research and space. Measured
 * 2026-12-06 before any rule was written for them (engine 63b7ac5, on the helper's columns): Taiwan
 * 193, Hong Kong 193, Simplified 200 (opencc-js 170, 170, 200); the review list at risk ≥ 50 named
 * 7 of the 7 wrong Taiwan decisions, with 5 lines that were right. After (工程师, 研究员, 博士 after a
 * surname as forms of address): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "research".
describeReportedRound("round84-research.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:space|physics|chemistry|biology|medicine|climate|ai|academia)$/u,
  status: /^research$/u,
});
