/**
 * Round 26 (tests/fixtures/conversion/round26-news.tsv): 200 news sentences written blind by a
 * helper session in Simplified about Hong Kong (courts, LegCo, the MTR, typhoon signals, racing,
 * Cantonese opera, 茶餐厅) and Taiwan (local places, 里长, temples, baseball, semiconductors), each
 * with a one-to-many character and the Taiwan and Hong Kong forms. Measured 2026-12-06 before any
 * rule was written for them (engine 6ad8447): Taiwan 189, Hong Kong 189, Simplified 200, one pair
 * opencc-js gets right made wrong (抽中头签). After (不准其保释, 冲出来的茶, 南姜, 一个里的里长,
 * 南庄, 关庙面, 游击手余家豪, 修表达人): 200 in each; these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the place and topic (hk-courts, tw-local); every status is "news".
describeReportedRound("round26-news.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:hk|tw)-[a-z]+$/u,
  status: /^news$/u,
});
