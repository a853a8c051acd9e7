/**
 * Round 178 (tests/fixtures/conversion/round178-fishing.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on recreational fishing, fish farms and aquarium
 * fish (angling, ponds, aquarium, rivers, markets, cooking, events, people). Measured 2026-12-07 on
 * the engine after rounds 168–174's rules (ce1d521), as a held-out test of them: Taiwan 194, Hong
 * Kong 194, Simplified 198 (opencc-js 164, 164, 198); none of the pairs opencc-js gets right made
 * wrong; the review list at risk ≥ 50 named 5 of the 6 wrong Taiwan decisions, with 3 that were
 * right. After the rules written from rounds 175–179: 200, 200, 198, the floors. The two Simplified
 * misses are opencc-js's too.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "fishing".
describeReportedRound("round178-fishing.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 198 },
  source: /^(?:angling|ponds|aquarium|rivers|markets|cooking|events|people)$/u,
  status: /^fishing$/u,
});
