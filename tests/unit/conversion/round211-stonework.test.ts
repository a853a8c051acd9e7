/**
 * Round 211 (tests/fixtures/conversion/round211-stonework.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on stone carving, quarries, stone bridges, tombstones and stonemasons (carving, quarries, bridges, masons, heritage, trade, safety, people). Measured 2026-12-07 on the engine before
 * its rules (9078ed8, every rule to round 199), as a held-out test of them: Taiwan 198, Hong Kong 198, Simplified 200 (opencc-js 164, 164, 200); none of the pairs opencc-js gets right made wrong; the review list
 * at risk ≥ 50 named 1 of the 2 wrong Taiwan decisions, with 9 that were right. The misses: 刻碑人岳松年说, 年近八旬的于老仍坚持.
 * The floors are the figures after the rules written from rounds 200–214.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "stonework".
describeReportedRound("round211-stonework.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:carving|quarries|bridges|masons|heritage|trade|safety|people)$/u,
  status: /^stonework$/u,
});
