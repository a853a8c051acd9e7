/**
 * Round 44 (tests/fixtures/conversion/round44-traditional.tsv): 200 sentences written blind by a
 * helper session in Traditional as Taiwan (business, public life, voices, health) and Hong Kong and
 * Macau (business, public life, voices, news) writers write them, with the Simplified a mainland
 * editor prints. Measured 2026-12-06 before any rule was written for them (engine of 2026-12-06 with
 * round 43's rules): into Simplified 184 from the Taiwan column (opencc-js 112) and 184 from the
 * Hong Kong column (126), none broken; two of the misses were 身分, which the set's gold then wrote as
 * the Traditional does (see its header). After (成份, 水份, 養份, 過份, 本份 → 分; 覆函; 低沈, 下沈,
 * 消沈 → 沉; 疏濬; 於姓): 200 from each. The Taiwan and Hong Kong floors measure converting the
 * Simplified back, against text as its writers wrote it (部份, 身分, 甚麼): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names where the writer writes; every status is "traditional".
describeReportedRound("round44-traditional.tsv", {
  minEntries: 200,
  floors: { tw: 114, hk: 118, cn: 200 },
  source: /^(?:tw-business|tw-public|tw-voices|tw-health|hk-business|hk-public|hk-voices|mo-news)$/u,
  status: /^traditional$/u,
});
