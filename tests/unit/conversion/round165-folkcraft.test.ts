/**
 * Round 165 (tests/fixtures/conversion/round165-folkcraft.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on folk crafts: paper cutting, tie-dye, lanterns,
 * kites, dough figures (papercut, dye, lanterns, kites, dough, heritage, market, people). Measured
 * 2026-12-07 on the engine after rounds 155–162's rules (2f00b71), as a held-out test of them:
 * Taiwan 182, Hong Kong 182, Simplified 200 (opencc-js 158, 158, 200); two pairs made wrong in both
 * editions (一只好风筝 read as 只好; 糯米面 left 面); the review list at risk ≥ 50 named 16 of the 21 wrong
 * Taiwan decisions, with 5 that were right. After the rules written from rounds 163–167: 197, 197,
 * 200, the floors. Left: 老郁在…摆摊, 占春生 after 在, 后德明说 opening a sentence.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "folkcraft".
describeReportedRound("round165-folkcraft.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:papercut|dye|lanterns|kites|dough|heritage|market|people)$/u,
  status: /^folkcraft$/u,
});
