/**
 * Round 272 (tests/fixtures/conversion/round272-lanterns.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on Lantern Festival fairs, riddles, folk performances and village stages. Measured 2026-12-08 on the engine with every rule
 * to round 270 (71a2f3d), as a held-out test of them, after the gold edits its header notes: Taiwan
 * 193, Hong Kong 193, Simplified 200 (opencc-js 132, 133, 199); none of the pairs opencc-js gets right
 * made wrong; the review list at risk ≥ 50 named 3 of the 7 wrong Taiwan decisions, with 4 that were
 * right. After the rules written from rounds 271–275: Taiwan 197, Hong Kong 197, Simplified 200
 * (老干部于德昌, the riddle's answer “吁” and 红薯干、豆角干 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "lanterns".
describeReportedRound("round272-lanterns.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:riddles|lanterns|performers|crowds|safety|craftsmen|villages|traditions)$/u,
  status: /^lanterns$/u,
});
