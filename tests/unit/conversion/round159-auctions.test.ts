/**
 * Round 159 (tests/fixtures/conversion/round159-auctions.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on auctions, pawnshops, antiques and second-hand
 * trading (auctions, pawn, antiques, appraisal, online, judicial, collectors, people). Measured
 * 2026-12-07 before any rule was written from it (38a3374): Taiwan 194, Hong Kong 194, Simplified
 * 200 (opencc-js 156, 155, 199); the review list at risk ≥ 50 named 3 of the 7 wrong Taiwan
 * decisions, with 8 that were right. After the rules written from rounds 155–162: 198, 198, 200,
 * the floors. Round 159's 將新畫捲起來 (for the writer's 畫卷起來) was edited after measuring (figures with
 * the edit). Left: 当票系 (the copula), 钟表经专家 read as a name.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "auctions".
describeReportedRound("round159-auctions.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:auctions|pawn|antiques|appraisal|online|judicial|collectors|people)$/u,
  status: /^auctions$/u,
});
