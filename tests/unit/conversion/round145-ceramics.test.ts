/**
 * Round 145 (tests/fixtures/conversion/round145-ceramics.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on porcelain, pottery and kilns (kilns, glazes,
 * workshops, industry, collecting, heritage, education, people). Measured 2026-12-07 before any rule
 * was written for them (engine f8efd0d, on the helper's columns): Taiwan 194, Hong Kong 194,
 * Simplified 200 (opencc-js 159, 159, 199); the review list at risk ≥ 50 named 1 of the 6 wrong Taiwan
 * decisions, with 13 lines that were right. After (如丝如发, 泥料干了以后, 制壶, 八十岁的钟老): these are
 * the floors; 这样发色更稳 of a glaze, a clause after 青花料, stays 髮.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "ceramics".
describeReportedRound("round145-ceramics.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:kilns|glazes|workshops|industry|collecting|heritage|education|people)$/u,
  status: /^ceramics$/u,
});
