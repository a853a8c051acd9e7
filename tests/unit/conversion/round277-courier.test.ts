/**
 * Round 277 (tests/fixtures/conversion/round277-courier.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on express delivery, parcel lockers, sorting centres, couriers and peak seasons. Measured 2026-12-08 on the engine with every rule
 * to round 275 (7e8e322), as a held-out test of them, after the gold edits its header notes: Taiwan
 * 196, Hong Kong 196, Simplified 200 (opencc-js 122, 124, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 0 of the 4 wrong Taiwan decisions, with 7 that
 * were right. After the rules written from rounds 276–280: Taiwan 199, Hong Kong 199, Simplified
 * 200 (后大娘家 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "courier".
describeReportedRound("round277-courier.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:couriers|sorting|lockers|complaints|peaks|rural|companies|customers)$/u,
  status: /^courier$/u,
});
