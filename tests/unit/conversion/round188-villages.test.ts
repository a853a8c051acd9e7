/**
 * Round 188 (tests/fixtures/conversion/round188-villages.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on village life, village committees, rural roads and
 * countryside revitalisation (committees, roads, homesteads, harvests, customs, services, returnees,
 * people). Measured 2026-12-07 on the engine before its rules (4a1e922, every rule of rounds to 183),
 * as a held-out test of them: Taiwan 196, Hong Kong 196, Simplified 200 (opencc-js 165, 165, 200);
 * pairs opencc-js gets right made wrong: none; the review list at risk ≥ 50 named 3 of the 4 wrong
 * Taiwan decisions, with 3 that were right. The misses: 发好的面 (麪), 村民后德明说, 老会计于庆丰说, 涂海波 opening a
 * clause (kept as measured). The floors are the figures after the rules written from it and rounds
 * 184–191.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "villages".
describeReportedRound("round188-villages.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:committees|roads|homesteads|harvests|customs|services|returnees|people)$/u,
  status: /^villages$/u,
});
