/**
 * Round 166 (tests/fixtures/conversion/round166-railways.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on railways, stations, trains and railway workers
 * (stations, trains, tickets, workers, freight, construction, safety, people). Measured 2026-12-07
 * on the engine after rounds 155–162's rules (2f00b71), as a held-out test of them: Taiwan 198,
 * Hong Kong 198, Simplified 200 (opencc-js 167, 166, 200); one pair made wrong in both editions
 * (检修库里 read as Curry); the review list at risk ≥ 50 named 1 of the 3 wrong Taiwan decisions, with
 * 9 that were right. After the rules written from rounds 163–167: 200, 200, 200, the floors. Hong
 * Kong's 複核 → 覆核 was edited after measuring (figures with the edit).
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "railways".
describeReportedRound("round166-railways.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:stations|trains|tickets|workers|freight|construction|safety|people)$/u,
  status: /^railways$/u,
});
