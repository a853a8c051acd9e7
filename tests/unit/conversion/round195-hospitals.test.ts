/**
 * Round 195 (tests/fixtures/conversion/round195-hospitals.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on hospital wards, nurses, surgery, rehabilitation and
 * patient care (wards, nursing, surgery, rehab, emergency, insurance, families, people). Measured
 * 2026-12-07 on the engine before its rules (ff7713b, every rule to round 191), as a held-out test of
 * them: Taiwan 196, Hong Kong 196, Simplified 200 (opencc-js 161, 161, 200); none of the pairs opencc-
 * js gets right made wrong; the review list at risk ≥ 50 named 3 of the 4 wrong Taiwan decisions, with
 * 3 that were right. The misses: 困了 of sleepiness (睏, twice), 扎上百次针 (扎), 老于退休前. The floors are the
 * figures after the rules written from rounds 192–199.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "hospitals".
describeReportedRound("round195-hospitals.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:wards|nursing|surgery|rehab|emergency|insurance|families|people)$/u,
  status: /^hospitals$/u,
});
