/**
 * Round 274 (tests/fixtures/conversion/round274-seafood.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on seafood markets, dried seafood, fishing ports, aquaculture, cold chain and fishing bans. Measured 2026-12-08 on the engine with every rule
 * to round 270 (71a2f3d), as a held-out test of them, after the gold edits its header notes: Taiwan
 * 195, Hong Kong 195, Simplified 200 (opencc-js 121, 122, 200); none of the pairs opencc-js gets right
 * made wrong; the review list at risk ≥ 50 named 2 of the 5 wrong Taiwan decisions, with 4 that were
 * right. After the rules written from rounds 271–275: Taiwan 200, Hong Kong 200, Simplified 200
 * (none left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "seafood".
describeReportedRound("round274-seafood.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:markets|dried|ports|farms|coldchain|bans|cooks|traders)$/u,
  status: /^seafood$/u,
});
