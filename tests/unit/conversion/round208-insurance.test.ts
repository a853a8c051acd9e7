/**
 * Round 208 (tests/fixtures/conversion/round208-insurance.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on insurance claims, agents, policies, medical and agricultural insurance (claims, agents, medical, farming, cars, fraud, policy, people). Measured 2026-12-07 on the engine before
 * its rules (9078ed8, every rule to round 199), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 198, Hong Kong 198, Simplified 200 (opencc-js 168, 165, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 3 of the 3 wrong Taiwan decisions, with 6
 * that were right. The misses: 水稻制种 twice (製), 于桂兰老人说. The floors are the figures after the rules written from rounds
 * 200–214.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "insurance".
describeReportedRound("round208-insurance.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:claims|agents|medical|farming|cars|fraud|policy|people)$/u,
  status: /^insurance$/u,
});
