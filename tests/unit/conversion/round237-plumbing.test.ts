/**
 * Round 237 (tests/fixtures/conversion/round237-plumbing.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on plumbers, water supply, pipes, water meters and rural drinking water projects (repairs, meters, supply, rural, quality, winter, disputes, people). Measured 2026-12-07 on the
 * engine with every rule to round 236 (5b86991), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 196, Hong Kong 196, Simplified 200 (opencc-js 148, 147, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 3 of the 4 wrong Taiwan decisions, with 3 that were right. The misses: 预付费卡里 (裡, not the transliteration 卡里), 老姜家院子里, 加热管干烧 (乾), 老钟的修理铺. After the rules written from rounds 237–241: every pair right, the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "plumbing".
describeReportedRound("round237-plumbing.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:repairs|meters|supply|rural|quality|winter|disputes|people)$/u,
  status: /^plumbing$/u,
});
