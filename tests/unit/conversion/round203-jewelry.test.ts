/**
 * Round 203 (tests/fixtures/conversion/round203-jewelry.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on gold shops, jade markets, pearl farms, jewellery making and repair (gold, jade, pearls, craft, repair, fraud, shops, people). Measured 2026-12-07 on the engine before
 * its rules (9078ed8, every rule to round 199), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 196, Hong Kong 196, Simplified 200 (opencc-js 168, 167, 199); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50
 * named 4 of the 4 wrong Taiwan decisions, with 13 that were right. The misses: 老玉商余建华说, 翡翠系处理货 (係), 退休工人党建民 (left: 工人党 names a party), 买只镯子 (隻).
 * The floors are the figures after the rules written from rounds 200–205.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "jewelry".
describeReportedRound("round203-jewelry.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:gold|jade|pearls|craft|repair|fraud|shops|people)$/u,
  status: /^jewelry$/u,
});
