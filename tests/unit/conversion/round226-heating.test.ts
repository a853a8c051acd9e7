/**
 * Round 226 (tests/fixtures/conversion/round226-heating.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on heating, gas pipes, water heaters and winter boilers in northern homes (heating, gas, boilers, heaters, safety, rural, bills, people). Measured 2026-12-07 on the engine with every
 * rule to round 225 (8e2985d), as a held-out test of them, after the gold edits its header notes: Taiwan 197, Hong Kong 198, Simplified 200 (opencc-js 158, 159, 200);
 * none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 3 of the 3 wrong Taiwan decisions, with 5 that were right. The
 * misses: 炉膛内的烟灰 (煙, not cigarette ash), 制热 (製), 干牛粪 (乾). The floors are the figures after the rules written from rounds 226–230.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "heating".
describeReportedRound("round226-heating.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:heating|gas|boilers|heaters|safety|rural|bills|people)$/u,
  status: /^heating$/u,
});
