/**
 * Round 176 (tests/fixtures/conversion/round176-bridges.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on bridges, roads, tunnels and highway maintenance
 * (bridges, roads, tunnels, maintenance, traffic, safety, villages, people). Measured 2026-12-07 on
 * the engine after rounds 168–174's rules (ce1d521), as a held-out test of them: Taiwan 200, Hong
 * Kong 200, Simplified 200 (opencc-js 173, 173, 200); none of the pairs opencc-js gets right made
 * wrong; the review list at risk ≥ 50 showed 1 line, a right decision. Nothing was written from it:
 * the floors are those figures.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "bridges".
describeReportedRound("round176-bridges.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:bridges|roads|tunnels|maintenance|traffic|safety|villages|people)$/u,
  status: /^bridges$/u,
});
