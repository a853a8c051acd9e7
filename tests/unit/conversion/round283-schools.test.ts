/**
 * Round 283 (tests/fixtures/conversion/round283-schools.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on primary and middle schools: teachers, pupils, lunches, sports days, parents and boarding schools. Measured 2026-12-08 on the engine with every rule
 * to round 280 (9a4a217), as a held-out test of them, after the gold edits its header notes: Taiwan
 * 190, Hong Kong 190, Simplified 200 (opencc-js 101, 102, 198); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 7 of the 10 wrong Taiwan decisions, with 2 that
 * were right. After the rules written from rounds 281–284: Taiwan 197, Hong Kong 197, Simplified
 * 200 (叫范诗琪, 植物角里, 小党晚上 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "schools".
describeReportedRound("round283-schools.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:teachers|pupils|lunches|sports|parents|boarding|principals|exams)$/u,
  status: /^schools$/u,
});
