/**
 * Round 82 (tests/fixtures/conversion/round82-traditional.tsv): 200 sentences written blind by a
 * helper session as Taiwan, Hong Kong and Macau publications print them, with the Simplified a
 * mainland editor prints. Measured 2026-12-06 before any rule was written for them (engine 63b7ac5):
 * into Simplified 192 of 200 (opencc-js 102); the review list at risk ≥ 50 named 1 of the 8 wrong
 * decisions, with 5 lines that were right. After (沈 of sinking: 石沈大海, 沈著, 沈穩; 糖份, 鹽份 → 分;
 * the surname 於 after a title before a given name and a verb of speech or 質詢: 里長於志豪說,
 * 議員於美華質詢; 記者沈思涵／台北報導): these are the floors. The Simplified column converted into
 * Taiwan and Hong Kong gives back 97 and 96 of the writers' sentences: their own forms (帳戶, 部份,
 * 甚麼, 妳) are not what Simplified → Traditional writes.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names where the writer writes; every status is "traditional".
describeReportedRound("round82-traditional.tsv", {
  minEntries: 200,
  floors: { tw: 97, hk: 96, cn: 200 },
  source: /^(?:tw-politics|tw-society|tw-business|tw-culture|hk-news|hk-finance|hk-life|mo-news) \(t2s\)$/u,
  status: /^traditional$/u,
});
