/**
 * Round 23 (tests/fixtures/conversion/round23-news.tsv): 200 news sentences written blind by a
 * helper session as mainland, Singapore and Malaysian desks write them, each holding a one-to-many
 * character, half of them with a trap (干 of drying, 发 of hair, 表 of a watch, surnames, 里 in a
 * place). Measured 2026-12-06 before any rule was written for them (engine 88148c4): Taiwan 190,
 * Hong Kong 190, Simplified 200, one pair opencc-js gets right made wrong (两万余只). After (于 after
 * a time word, 系 of a finding, 自制贺卡, 拉制, 托运, 修表, 面香, 老面, 里耶, 余只): 200 in each edition;
 * these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the desk and topic (cn-economy, sg-local); every status is "news".
describeReportedRound("round23-news.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:cn|sg|my)-[a-z]+$/u,
  status: /^news$/u,
});
