/**
 * Round 192 (tests/fixtures/conversion/round192-markets.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on wet markets, butchers, fishmongers and vegetable stalls
 * (vegetables, meat, fish, grain, inspection, renovation, shoppers, people). Measured 2026-12-07 on
 * the engine before its rules (ff7713b, every rule to round 191), as a held-out test of them: Taiwan
 * 195, Hong Kong 195, Simplified 200 (opencc-js 158, 158, 200); none of the pairs opencc-js gets right
 * made wrong; the review list at risk ≥ 50 named 3 of the 5 wrong Taiwan decisions, with 4 that were
 * right. The misses: 姜蒜 (薑), 牛肉须附 (須), 两斤切面 (麪), 菜贩余建华, 菜贩小于. The floors are the figures after the
 * rules written from rounds 192–199.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "markets".
describeReportedRound("round192-markets.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:vegetables|meat|fish|grain|inspection|renovation|shoppers|people)$/u,
  status: /^markets$/u,
});
