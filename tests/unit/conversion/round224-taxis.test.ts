/**
 * Round 224 (tests/fixtures/conversion/round224-taxis.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on taxi drivers, ride-hailing, car rentals and airport transport (drivers, ridehail, disputes, safety, airport, rentals, policy, people). Measured 2026-12-07 on the engine with every
 * rule to round 220 (701f9a5), as a held-out test of them, after the gold edits its header notes: Taiwan 197, Hong Kong 197, Simplified 200 (opencc-js 157, 156, 200);
 * none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 2 of the 3 wrong Taiwan decisions, with 5 that were right. The
 * misses: 抽佣 (佣), 划不划算 (划), 的哥范建国说. The floors are the figures after the rules written from rounds 221–225.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "taxis".
describeReportedRound("round224-taxis.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:drivers|ridehail|disputes|safety|airport|rentals|policy|people)$/u,
  status: /^taxis$/u,
});
