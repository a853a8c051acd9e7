/**
 * Round 222 (tests/fixtures/conversion/round222-condiments.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on soy sauce breweries, vinegar workshops, oil mills, chilli sauce and pickle makers (soy, vinegar, oil, chilli, pickles, safety, markets, people). Measured 2026-12-07 on the engine with every
 * rule to round 220 (701f9a5), as a held-out test of them, after the gold edits its header notes: Taiwan 187, Hong Kong 187, Simplified 200 (opencc-js 152, 152, 200);
 * none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 7 of the 14 wrong Taiwan decisions, with 4 that were right. The
 * misses: 曲 of brewing starter six times (种曲, 制曲, 曲料, 烧曲, 药曲, 拌曲, 醋曲: 麴), jars (每坛, 满坛: 罈), 干椒, 七成干 (乾), 酱制 (製), 传人郁德林说, 大学毕业的小涂回到家乡; 工作了三十年的后德明说 (left). The floors are the figures after the rules written from rounds 221–225.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "condiments".
describeReportedRound("round222-condiments.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:soy|vinegar|oil|chilli|pickles|safety|markets|people)$/u,
  status: /^condiments$/u,
});
