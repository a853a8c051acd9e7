/**
 * Round 273 (tests/fixtures/conversion/round273-coffee.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on coffee and tea-drink shops, roasting, baristas, coffee farms and consumer complaints. Measured 2026-12-08 on the engine with every rule
 * to round 270 (71a2f3d), as a held-out test of them, after the gold edits its header notes: Taiwan
 * 189, Hong Kong 189, Simplified 200 (opencc-js 99, 101, 200); none of the pairs opencc-js gets right
 * made wrong; the review list at risk ≥ 50 named 7 of the 11 wrong Taiwan decisions, with 7 that were
 * right. After the rules written from rounds 271–275: Taiwan 197, Hong Kong 197, Simplified 200
 * (咖啡渣干了, 咖农余德明家 and 老后是这家 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "coffee".
describeReportedRound("round273-coffee.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:baristas|roasters|farms|chains|customers|prices|competitions|packaging)$/u,
  status: /^coffee$/u,
});
