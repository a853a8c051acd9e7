/**
 * Round 247 (tests/fixtures/conversion/round247-banquets.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on village banquets, rural cooks, wedding and birthday feasts and banquet halls (cooks, dishes, weddings, elders, safety, costs, halls, people). Measured 2026-12-07 on the
 * engine with every rule to round 242 (c07ca74), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 199, Hong Kong 199, Simplified 200 (opencc-js 167, 167, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named the one wrong Taiwan decision, with 1 that was right. The miss: 汤汁里 (裡). After the rules written from rounds 243–247: every pair right, the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "banquets".
describeReportedRound("round247-banquets.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:cooks|dishes|weddings|elders|safety|costs|halls|people)$/u,
  status: /^banquets$/u,
});
