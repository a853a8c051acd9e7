/**
 * Round 235 (tests/fixtures/conversion/round235-cotton.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on cotton farming, cotton picking, ginning, quilt making and cotton mills (fields, picking, ginning, quilts, mills, prices, weather, people). Measured 2026-12-07 on the
 * engine with every rule to round 230 and the name cues of 25e1f14, as a held-out test of them, after the gold edits its
 * header notes: Taiwan 199, Hong Kong 199, Simplified 200 (opencc-js 167, 166, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named the one wrong Taiwan decision, with none that was right. The miss: 重新弹松后 (鬆). After the rules written from rounds 231–236: every pair right, the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "cotton".
describeReportedRound("round235-cotton.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:fields|picking|ginning|quilts|mills|prices|weather|people)$/u,
  status: /^cotton$/u,
});
