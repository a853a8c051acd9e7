/**
 * Round 241 (tests/fixtures/conversion/round241-umbrellas.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on oil-paper umbrellas, fans, straw and bamboo hats and small handicraft workshops (umbrellas, fans, hats, workshops, sales, heritage, weather, people). Measured 2026-12-07 on the
 * engine with every rule to round 236 (5b86991), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 195, Hong Kong 195, Simplified 200 (opencc-js 159, 159, 200); one pair opencc-js gets right made wrong, in both editions: 太干了容易折断 (the rule for 干 of doing before 了 took the dry 干 after 太); the review list at risk ≥ 50 named 2 of the 5 wrong Taiwan decisions, with 8 that were right. The other misses: 压制定型, 机制伞 (製), 谷箩 (穀), 桐油迟迟不干 (乾). After the rules written from rounds 237–241: every pair right, the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "umbrellas".
describeReportedRound("round241-umbrellas.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:umbrellas|fans|hats|workshops|sales|heritage|weather|people)$/u,
  status: /^umbrellas$/u,
});
