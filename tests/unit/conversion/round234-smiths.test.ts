/**
 * Round 234 (tests/fixtures/conversion/round234-smiths.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on blacksmiths, coppersmiths, tinsmiths, silversmiths and metal crafts workshops (forging, tools, copper, silver, repair, heritage, trade, people). Measured 2026-12-07 on the
 * engine with every rule to round 230 and the name cues of 25e1f14, as a held-out test of them, after the gold edits its
 * header notes: Taiwan 197, Hong Kong 196, Simplified 200 (opencc-js 163, 163, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 3 of the 3 wrong Taiwan decisions, with 3 that were right. The misses: 卷口 (捲), 小钟跟着师父, 党建明带着, and in Hong Kong 切面刀 (麪; the phrase wrote 麵). After the rules written from rounds 231–236: every pair right, the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "smiths".
describeReportedRound("round234-smiths.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:forging|tools|copper|silver|repair|heritage|trade|people)$/u,
  status: /^smiths$/u,
});
