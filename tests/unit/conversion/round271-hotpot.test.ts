/**
 * Round 271 (tests/fixtures/conversion/round271-hotpot.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on hot-pot and Sichuan restaurants, dry-pot dishes, noodle shops and restaurant inspections. Measured 2026-12-08 on the engine with every rule
 * to round 270 (71a2f3d), as a held-out test of them, after the gold edits its header notes: Taiwan
 * 192, Hong Kong 192, Simplified 200 (opencc-js 130, 130, 199); none of the pairs opencc-js gets right
 * made wrong; the review list at risk ≥ 50 named 5 of the 8 wrong Taiwan decisions, with 7 that were
 * right. After the rules written from rounds 271–275: Taiwan 197, Hong Kong 197, Simplified 200
 * (“宽面”等面型 and 串串和小面 (noodles), 老厨师于长顺 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "hotpot".
describeReportedRound("round271-hotpot.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:diners|chefs|menus|ingredients|inspections|chains|delivery|festivals)$/u,
  status: /^hotpot$/u,
});
