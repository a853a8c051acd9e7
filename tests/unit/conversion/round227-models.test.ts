/**
 * Round 227 (tests/fixtures/conversion/round227-models.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on model agencies, fashion weeks, pageants and photo shoots (agencies, shows, pageants, shoots, children, disputes, brands, people). Measured 2026-12-07 on the engine with every
 * rule to round 225 (8e2985d), as a held-out test of them, after the gold edits its header notes: Taiwan 192, Hong Kong 192, Simplified 200 (opencc-js 160, 160, 200);
 * none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 4 of the 9 wrong Taiwan decisions, with 11 that were right. The
 * misses: 台风 of stage presence twice (臺), 童模于小雨, 胡同学 (a classmate), 之间系 (係); 模特后佳琪说, 模特郁欣然 and 来自江苏的后晓雯 (left: 模特 as a title read 涂抹, which jieba tags as a name, as a surname). The floors are the figures after the rules written from rounds 226–230.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "models".
describeReportedRound("round227-models.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:agencies|shows|pageants|shoots|children|disputes|brands|people)$/u,
  status: /^models$/u,
});
