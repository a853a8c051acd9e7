/**
 * Round 275 (tests/fixtures/conversion/round275-volunteers.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on community volunteers, blood donation, disaster relief, elderly care, clean-ups and charity. Measured 2026-12-08 on the engine with every rule
 * to round 270 (71a2f3d), as a held-out test of them, after the gold edits its header notes: Taiwan
 * 195, Hong Kong 195, Simplified 200 (opencc-js 140, 141, 198); none of the pairs opencc-js gets right
 * made wrong; the review list at risk ≥ 50 named 3 of the 5 wrong Taiwan decisions, with 3 that were
 * right. After the rules written from rounds 271–275: Taiwan 198, Hong Kong 198, Simplified 200
 * (独居老人干秀英 and 高三学生余欣然 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "volunteers".
describeReportedRound("round275-volunteers.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:donors|relief|elderly|cleanups|students|charities|organisers|awards)$/u,
  status: /^volunteers$/u,
});
