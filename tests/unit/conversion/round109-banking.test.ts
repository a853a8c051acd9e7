/**
 * Round 109 (tests/fixtures/conversion/round109-banking.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on banking, loans, insurance and personal finance
 * (deposits, loans, cards, insurance, markets, regulation, rural, people). Measured 2026-12-07
 * before any rule was written for them (engine 2d0a344, on the helper's columns): Taiwan 196, Hong
 * Kong 196, Simplified 200 (opencc-js 148, 148, 200); the review list at risk ≥ 50 named 2 of the 4
 * wrong Taiwan decisions, with 2 lines that were right. After (不动户余额, 降准将, 小游刚参加工作): these are the
 * floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "banking".
describeReportedRound("round109-banking.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:deposits|loans|cards|insurance|markets|regulation|rural|people)$/u,
  status: /^banking$/u,
});
