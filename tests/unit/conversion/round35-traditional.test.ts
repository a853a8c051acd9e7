/**
 * Round 35 (tests/fixtures/conversion/round35-traditional.tsv): 200 sentences written blind by a
 * helper session in Traditional as Taiwan (100: news, features, religion, literature), Hong Kong
 * (75) and Macau (25) writers write them, with the Simplified a mainland editor prints. Measured
 * 2026-12-06 before any rule was written for them (engine 5b5ab41): into Simplified 193 from the
 * Taiwan column (opencc-js 160) and 197 from the Hong Kong column (178), none broken. After (著 after
 * 順, 跟, 沿 before a word of 著 zhù; 魯迅著的《…》; 罣礙, 徬徨, 姊姊): 200 from each. The Taiwan and Hong
 * Kong floors measure converting the Simplified back, against text as its writers wrote it (甚麼,
 * 部份, 祇): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names where the writer writes; every status is "traditional".
describeReportedRound("round35-traditional.tsv", {
  minEntries: 200,
  floors: { tw: 148, hk: 153, cn: 200 },
  source: /^(?:tw-news|tw-feature|tw-religion|tw-literature|hk-news|hk-feature|hk-culture|mo-news)$/u,
  status: /^traditional$/u,
});
