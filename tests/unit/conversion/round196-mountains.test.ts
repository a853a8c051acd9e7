/**
 * Round 196 (tests/fixtures/conversion/round196-mountains.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on mountain villages, terraces, forest rangers, caves
 * and scenic areas (terraces, rangers, caves, scenic, weather, homestays, wildlife, people). Measured
 * 2026-12-07 on the engine before its rules (ff7713b, every rule to round 191), as a held-out test of
 * them: Taiwan 199, Hong Kong 199, Simplified 200 (opencc-js 175, 175, 200); none of the pairs opencc-
 * js gets right made wrong; the review list at risk ≥ 50 named 1 of the 1 wrong Taiwan decisions, with
 * 0 that were right. The misses: 老干家的民宿. The floors are the figures after the rules written from
 * rounds 192–199.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "mountains".
describeReportedRound("round196-mountains.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:terraces|rangers|caves|scenic|weather|homestays|wildlife|people)$/u,
  status: /^mountains$/u,
});
