/**
 * Round 111 (tests/fixtures/conversion/round111-law.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on lawmaking, regulations and legal explainers
 * (legislation, regulations, explainers, contracts, family-law, labour-law, administrative,
 * people). Measured 2026-12-07 before any rule was written for them (engine 46828fe, on the
 * helper's columns): Taiwan 194, Hong Kong 194, Simplified 200 (opencc-js 157, 157, 200); the
 * review list at risk ≥ 50 named 4 of the 6 wrong Taiwan decisions, with 4 lines that were right.
 * After (继承人范围之内): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "law".
describeReportedRound("round111-law.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:legislation|regulations|explainers|contracts|family-law|labour-law|administrative|people)$/u,
  status: /^law$/u,
});
