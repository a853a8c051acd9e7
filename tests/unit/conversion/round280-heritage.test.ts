/**
 * Round 280 (tests/fixtures/conversion/round280-heritage.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on restoring old villages and ancestral halls, timber frames, old streets, craftspeople and chronicles. Measured 2026-12-08 on the engine with every rule
 * to round 275 (7e8e322), as a held-out test of them, after the gold edits its header notes: Taiwan
 * 194, Hong Kong 194, Simplified 200 (opencc-js 141, 141, 200); two pairs opencc-js gets right made wrong (和睦邻里 and 一并作了: opencc's phrases 邻里 and 一并 crossing jieba's cut); the review list at risk ≥ 50 named 2 of the 6 wrong Taiwan decisions, with 2 that
 * were right. After the rules written from rounds 276–280: Taiwan 200, Hong Kong 200, Simplified
 * 200 (none left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "heritage".
describeReportedRound("round280-heritage.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:halls|carpenters|streets|craftspeople|chronicles|families|planners|residents)$/u,
  status: /^heritage$/u,
});
