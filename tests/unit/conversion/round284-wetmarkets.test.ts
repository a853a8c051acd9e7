/**
 * Round 284 (tests/fixtures/conversion/round284-wetmarkets.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on wet markets and street vendors: stalls, dried goods, prices, renovations, inspectors and night markets. Measured 2026-12-08 on the engine with every rule
 * to round 280 (9a4a217), as a held-out test of them, after the gold edits its header notes: Taiwan
 * 192, Hong Kong 192, Simplified 200 (opencc-js 78, 81, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 6 of the 8 wrong Taiwan decisions, with 11 that
 * were right. After the rules written from rounds 281–284: Taiwan 196, Hong Kong 196, Simplified
 * 200 (老游家, 砧板须生熟分开 (opencc's 须生 of opera), 摊主老干, 小钟在摊位 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "wetmarkets".
describeReportedRound("round284-wetmarkets.tsv", {
  minEntries: 200,
  floors: { tw: 196, hk: 196, cn: 200 },
  source: /^(?:vegetables|meat|dried|prices|renovation|inspectors|vendors|shoppers)$/u,
  status: /^wetmarkets$/u,
});
