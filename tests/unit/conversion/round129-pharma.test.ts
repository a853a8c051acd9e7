/**
 * Round 129 (tests/fixtures/conversion/round129-pharma.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on medicines, pharmacies and the drug industry (drugs,
 * factories, pharmacies, herbs, safety, research, insurance, people). Measured 2026-12-07 before any
 * rule was written for them (engine b2e2405, on the helper's columns): Taiwan 196, Hong Kong 196,
 * Simplified 200 (opencc-js 163, 163, 200); the review list at risk ≥ 50 named 3 of the 5 wrong Taiwan
 * decisions, with no line that was right. After (干法制粒, 干混悬剂, 六神曲, 姜科): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "pharma".
describeReportedRound("round129-pharma.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:drugs|factories|pharmacies|herbs|safety|research|insurance|people)$/u,
  status: /^pharma$/u,
});
