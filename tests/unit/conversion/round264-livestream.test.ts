/**
 * Round 264 (tests/fixtures/conversion/round264-livestream.tsv): 200 sentences written blind by a helper
 * session in the style of livestream selling and e-commerce (hosts, rural products, platforms, shipping, returns, counterfeits, rules) (hosts, farms, platforms, shipping, returns, counterfeits, rules, people). Measured 2026-12-07 on the
 * engine with every rule to round 260 (93b6bc4), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 197, Hong Kong 197, Simplified 200 (opencc-js 126, 125, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named none of the 3 wrong Taiwan decisions, with 8 that were right. After the rules written from rounds 261–265: Taiwan 197, Hong Kong 197, Simplified 200 (卖钟表的钟伟说, 种植户于德明说 and 投诉人干先生 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "livestream".
describeReportedRound("round264-livestream.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:hosts|farms|platforms|shipping|returns|counterfeits|rules|people)$/u,
  status: /^livestream$/u,
});
