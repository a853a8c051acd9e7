/**
 * Round 263 (tests/fixtures/conversion/round263-accidents.tsv): 200 sentences written blind by a helper
 * session in the style of traffic crashes, fires, explosions, drownings, rescues and investigations (traffic, fires, explosions, drownings, rescues, investigations, victims, people). Measured 2026-12-07 on the
 * engine with every rule to round 260 (93b6bc4), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 191, Hong Kong 191, Simplified 200 (opencc-js 124, 124, 200); two pairs opencc-js gets right made wrong: 气浪冲倒 (round 221's water rule read a blast wave as water: 沖) and 从深井里拉了上来 (the currency 里拉); the review list at risk ≥ 50 named 8 of the 9 wrong Taiwan decisions, with 5 that were right. After the rules written from rounds 261–265: Taiwan 195, Hong Kong 195, Simplified 200 (小郁, 小钟在鱼塘, 老占, 小后 and 司机于建军 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "accidents".
describeReportedRound("round263-accidents.tsv", {
  minEntries: 200,
  floors: { tw: 195, hk: 195, cn: 200 },
  source: /^(?:traffic|fires|explosions|drownings|rescues|investigations|victims|people)$/u,
  status: /^accidents$/u,
});
