/**
 * Round 223 (tests/fixtures/conversion/round223-bamboo.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on bamboo weaving, rattan, straw and willow crafts and bamboo forests (weaving, forests, rattan, straw, design, heritage, markets, people). Measured 2026-12-07 on the engine with every
 * rule to round 220 (701f9a5), as a held-out test of them, after the gold edits its header notes: Taiwan 196, Hong Kong 196, Simplified 200 (opencc-js 166, 166, 200);
 * none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 3 of the 4 wrong Taiwan decisions, with 5 that were right. The
 * misses: 麻绳扎着, 扎扫帚 (紮); 余建国收了十二个徒弟 after a clause, 小后来自益阳 (left). The floors are the figures after the rules written from rounds 221–225.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "bamboo".
describeReportedRound("round223-bamboo.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:weaving|forests|rattan|straw|design|heritage|markets|people)$/u,
  status: /^bamboo$/u,
});
