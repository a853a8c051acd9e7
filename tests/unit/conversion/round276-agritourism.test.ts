/**
 * Round 276 (tests/fixtures/conversion/round276-agritourism.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on farm stays, fruit picking, rural homestays, village markets and harvest festivals. Measured 2026-12-08 on the engine with every rule
 * to round 275 (7e8e322), as a held-out test of them, after the gold edits its header notes: Taiwan
 * 196, Hong Kong 196, Simplified 200 (opencc-js 132, 134, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 3 of the 4 wrong Taiwan decisions, with 8 that
 * were right. After the rules written from rounds 276–280: Taiwan 199, Hong Kong 199, Simplified
 * 200 (年近八旬的干奶奶 left: the helper's surname, a godmother to the rules), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "agritourism".
describeReportedRound("round276-agritourism.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:hosts|pickers|homestays|produce|markets|harvest|officials|visitors)$/u,
  status: /^agritourism$/u,
});
