/**
 * Round 246 (tests/fixtures/conversion/round246-pigs.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on pig farms, piglets, pork prices, feed, slaughterhouses and swine disease control (farms, piglets, feed, disease, prices, slaughter, environment, people). Measured 2026-12-07 on the
 * engine with every rule to round 242 (c07ca74), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 194, Hong Kong 194, Simplified 200 (opencc-js 169, 169, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 5 of the 7 wrong Taiwan decisions, with 8 that were right. The misses: 干清粪, 玉米干酒糟, 干粪 (乾), 一家私屠滥宰 (家私 read 傢俬), 兽医后红军看了看 (left), 一头猪只需 (只). After the rules written from rounds 243–247: Taiwan 199 and Hong Kong 199 (兽医后红军 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "pigs".
describeReportedRound("round246-pigs.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:farms|piglets|feed|disease|prices|slaughter|environment|people)$/u,
  status: /^pigs$/u,
});
