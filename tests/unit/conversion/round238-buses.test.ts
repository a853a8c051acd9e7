/**
 * Round 238 (tests/fixtures/conversion/round238-buses.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on city and rural buses, bus drivers, routes, stops and bus companies (routes, drivers, stops, fares, safety, rural, vehicles, people). Measured 2026-12-07 on the
 * engine with every rule to round 236 (5b86991), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 199, Hong Kong 199, Simplified 200 (opencc-js 168, 167, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named the one wrong Taiwan decision, with 6 that were right. The miss: 驾驶员后鹏的姓氏 (后 before a one-character given name, left). After the rules written from rounds 237–241: Taiwan 199 and Hong Kong 199 (驾驶员后鹏 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "buses".
describeReportedRound("round238-buses.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:routes|drivers|stops|fares|safety|rural|vehicles|people)$/u,
  status: /^buses$/u,
});
