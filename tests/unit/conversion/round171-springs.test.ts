/**
 * Round 171 (tests/fixtures/conversion/round171-springs.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on hot springs, bath houses, spas and massage
 * (springs, bathhouses, massage, safety, tourism, business, health, people). Measured 2026-12-07 on
 * the engine after rounds 163–167's rules (a593083), as a held-out test of them: Taiwan 193, Hong
 * Kong 193, Simplified 200 (opencc-js 158, 158, 199); none of the pairs opencc-js gets right made
 * wrong; the review list at risk ≥ 50 named 4 of the 7 wrong Taiwan decisions, with 3 that were
 * right. After the rules written from rounds 168–174: 200, 200, 200, the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "springs".
describeReportedRound("round171-springs.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:springs|bathhouses|massage|safety|tourism|business|health|people)$/u,
  status: /^springs$/u,
});
