/**
 * Round 201 (tests/fixtures/conversion/round201-hardware.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on hardware stores, locksmiths, knife sharpeners, key cutters and street repair stalls (stores, locksmiths, knives, repairs, tools, markets, safety, people). Measured 2026-12-07 on the engine before
 * its rules (9078ed8, every rule to round 199), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 195, Hong Kong 195, Simplified 200 (opencc-js 153, 153, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50
 * named 3 of the 5 wrong Taiwan decisions, with 7 that were right. The misses: 锁芯系进口产品 (係), 松旷 (鬆), 机制刀 (製), 切面刀 (麵), 修表师傅说起的老表 (錶).
 * The floors are the figures after the rules written from rounds 200–205.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "hardware".
describeReportedRound("round201-hardware.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:stores|locksmiths|knives|repairs|tools|markets|safety|people)$/u,
  status: /^hardware$/u,
});
