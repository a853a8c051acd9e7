/**
 * Round 194 (tests/fixtures/conversion/round194-boats.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on ferries, river boats, dragon boats, boatmen and canals
 * (ferries, dragon, canals, boatmen, fishing, tourism, repairs, people). Measured 2026-12-07 on the
 * engine before its rules (ff7713b, every rule to round 191), as a held-out test of them: Taiwan 198,
 * Hong Kong 198, Simplified 200 (opencc-js 165, 165, 200); none of the pairs opencc-js gets right made
 * wrong; the review list at risk ≥ 50 named 1 of the 2 wrong Taiwan decisions, with 6 that were right.
 * The misses: 比划手 (划手, rowers), 船老大涂金水. The floors are the figures after the rules written from rounds
 * 192–199.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "boats".
describeReportedRound("round194-boats.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:ferries|dragon|canals|boatmen|fishing|tourism|repairs|people)$/u,
  status: /^boats$/u,
});
