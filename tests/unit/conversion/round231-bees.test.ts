/**
 * Round 231 (tests/fixtures/conversion/round231-bees.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on beekeeping, honey, royal jelly, migratory beekeepers and pollination services (hives, honey, migration, pollination, health, markets, training, people). Measured 2026-12-07 on the
 * engine with every rule to round 230 and the name cues of 25e1f14, as a held-out test of them, after the gold edits its
 * header notes: Taiwan 195, Hong Kong 195, Simplified 200 (opencc-js 166, 166, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 3 of the 5 wrong Taiwan decisions, with 3 that were right. The misses: 失王后 (後: after losing the queen, not 王后), 和面网 (面: a bee veil, not 和面), 老郁一家, 物候历 (曆), 姜蜜茶 (薑). After the rules written from rounds 231–236: every pair right, the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "bees".
describeReportedRound("round231-bees.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:hives|honey|migration|pollination|health|markets|training|people)$/u,
  status: /^bees$/u,
});
