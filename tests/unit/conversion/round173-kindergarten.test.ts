/**
 * Round 173 (tests/fixtures/conversion/round173-kindergarten.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on kindergartens, nurseries and early childhood
 * (daily, teachers, safety, play, fees, health, parents, people). Measured 2026-12-07 on the engine
 * after rounds 163–167's rules (a593083), as a held-out test of them: Taiwan 192, Hong Kong 192,
 * Simplified 200 (opencc-js 159, 158, 200); none of the pairs opencc-js gets right made wrong; the
 * review list at risk ≥ 50 named 7 of the 8 wrong Taiwan decisions, with 3 that were right. After
 * the rules written from rounds 168–174: 196, 196, 200, the floors. Hong Kong's 複核 → 覆核 was edited
 * after measuring (figures with the edit). Left: 困 of sleepiness (睏; divided between Taiwan's
 * dictionaries and usage), 家长干建国说.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "kindergarten".
describeReportedRound("round173-kindergarten.tsv", {
  minEntries: 200,
  floors: { tw: 196, hk: 196, cn: 200 },
  source: /^(?:daily|teachers|safety|play|fees|health|parents|people)$/u,
  status: /^kindergarten$/u,
});
