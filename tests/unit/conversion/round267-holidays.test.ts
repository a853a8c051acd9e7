/**
 * Round 267 (tests/fixtures/conversion/round267-holidays.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on holiday travel and tourism (railways, roads, scenic spots, hotels, food, crowds, prices) (railways, roads, scenic, hotels, food, crowds, prices, people). Measured 2026-12-07 on the
 * engine with every rule to round 265 (0bbfe33), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 197, Hong Kong 197, Simplified 200 (opencc-js 140, 141, 199); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named all 3 wrong Taiwan decisions, with 9 that were right. After the rules written from rounds 266–270: Taiwan 197, Hong Kong 197, Simplified 200 (站台上，小游, 按“只”计价 and 小钟今年 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "holidays".
describeReportedRound("round267-holidays.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:railways|roads|scenic|hotels|food|crowds|prices|people)$/u,
  status: /^holidays$/u,
});
