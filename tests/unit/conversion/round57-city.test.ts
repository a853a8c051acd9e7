/**
 * Round 57 (tests/fixtures/conversion/round57-city.tsv): 200 sentences written blind by a helper
 * session in the style of mainland city news, 25 each of transport, energy, housing, the city,
 * weather, consumers, jobs and community; most are controls (116 rows take every character's
 * common reading). Measured 2026-12-06 before any rule was written for them (engine c21ee12):
 * Taiwan 190, Hong Kong 190, Simplified 200 (opencc-js 184, 184, 200), 2 pairs opencc-js gets
 * right made wrong, both already wrong when the stop began (游玩 after 市民 read as a name, 干冷空气
 * where jieba's 冷空气 kept the phrase 干冷 out). After (游 of travel in its word, the weather's dry
 * cold or heat; inside a lane, water from upstream, imported ginger, new grain, a familiar name
 * after an occupation (快递员老郁), 喂药, flour among staples): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "city".
describeReportedRound("round57-city.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:transport|energy|housing|city|weather|consumers|jobs|community)$/u,
  status: /^city$/u,
});
