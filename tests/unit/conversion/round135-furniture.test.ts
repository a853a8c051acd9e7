/**
 * Round 135 (tests/fixtures/conversion/round135-furniture.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on furniture and home decoration (furniture, materials,
 * renovation, design, market, craft, disputes, people). Measured 2026-12-07 before any rule was written
 * for them (engine f8efd0d, on the helper's columns): Taiwan 196, Hong Kong 196, Simplified 200
 * (opencc-js 174, 174, 200), one pair opencc-js gets right made wrong in both editions (酱油、姜汁 read
 * as a list of names); the review list at risk ≥ 50 named 1 of the 4 wrong Taiwan decisions, with 4
 * lines that were right. After (业主后先生, 小钟和小于是, a list of things): these are the floors; 老干在车间里
 * (a familiar name opencc's 老幹 takes) is left.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "furniture".
describeReportedRound("round135-furniture.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:furniture|materials|renovation|design|market|craft|disputes|people)$/u,
  status: /^furniture$/u,
});
