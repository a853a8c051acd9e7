/**
 * Round 281 (tests/fixtures/conversion/round281-storms.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on typhoons, gales, sandstorms and cold waves: warnings, damage, repairs, farmers and fishermen. Measured 2026-12-08 on the engine with every rule
 * to round 280 (9a4a217), as a held-out test of them, after the gold edits its header notes: Taiwan
 * 194, Hong Kong 194, Simplified 200 (opencc-js 144, 145, 200); one pair opencc-js gets right made wrong (被大风刮破: the storm rule took only 被 right before 刮); the review list at risk ≥ 50 named 4 of the 6 wrong Taiwan decisions, with 5 that
 * were right. After the rules written from rounds 281–284: Taiwan 196, Hong Kong 196, Simplified
 * 200 (果农郁德胜家, 老党家, 养殖户范德福家 (a name before 家) and 村支部书记于长河 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "storms".
describeReportedRound("round281-storms.tsv", {
  minEntries: 200,
  floors: { tw: 196, hk: 196, cn: 200 },
  source: /^(?:warnings|damage|repairs|farmers|fishermen|crews|schools|residents)$/u,
  status: /^storms$/u,
});
