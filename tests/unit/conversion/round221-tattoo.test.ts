/**
 * Round 221 (tests/fixtures/conversion/round221-tattoo.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on tattoo parlours, piercing, tattoo removal and body art rules (parlours, minors, removal, hygiene, jobs, culture, disputes, people). Measured 2026-12-07 on the engine with every
 * rule to round 220 (701f9a5), as a held-out test of them, after the gold edits its header notes: Taiwan 194, Hong Kong 194, Simplified 200 (opencc-js 162, 162, 200);
 * none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 3 of the 6 wrong Taiwan decisions, with 3 that were right. The
 * misses: 纹身师范晓东擅长, 头皮纹发 (髮), 少年小涂在, 按干 (乾); 应聘空乘的小党因, 游子豪在成都开了一家 (游子, a common word; left). The floors are the figures after the rules written from rounds 221–225.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "tattoo".
describeReportedRound("round221-tattoo.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:parlours|minors|removal|hygiene|jobs|culture|disputes|people)$/u,
  status: /^tattoo$/u,
});
