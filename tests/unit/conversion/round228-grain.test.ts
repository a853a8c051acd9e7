/**
 * Round 228 (tests/fixtures/conversion/round228-grain.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on grain depots, rice mills, flour mills and harvest purchasing (harvest, depots, mills, purchase, machines, safety, policy, people). Measured 2026-12-07 on the engine with every
 * rule to round 225 (8e2985d), as a held-out test of them, after the gold edits its header notes: Taiwan 188, Hong Kong 188, Simplified 200 (opencc-js 161, 161, 200); two pairs opencc-js gets right made wrong in both editions (库里的粮食: 里 of Curry; 烘干线: 幹線);
 * the review list at risk ≥ 50 named 6 of the 14 wrong Taiwan decisions, with 4 that were right. The
 * misses: grain 谷 after 湿, 新, 陈, 干 and before 价, 蠹 (穀), 斗提机, 干玉米, 库里, 烘干线, 机手老岳. The floors are the figures after the rules written from rounds 226–230.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "grain".
describeReportedRound("round228-grain.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:harvest|depots|mills|purchase|machines|safety|policy|people)$/u,
  status: /^grain$/u,
});
