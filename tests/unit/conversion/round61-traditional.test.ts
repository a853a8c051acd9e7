/**
 * Round 61 (tests/fixtures/conversion/round61-traditional.tsv): 200 sentences written blind by a
 * helper session as Taiwan, Hong Kong and Macau publications print them, with the Simplified a
 * mainland editor prints. Measured 2026-12-06 before any rule was written for them (engine
 * 060b59c): into Simplified 193 of 200 from the Taiwan column and 194 from the Hong Kong one
 * (opencc-js 125 and 136), none broken. After (徵調 → 征调; 膠著, 沉著 → 着; the surnames 於 and 沈
 * after a title, read as the mainland keeps them: 經理人於國華表示, 市議員沈思涵今天): these are
 * the floors. The Simplified column converted into Taiwan and Hong Kong gives back 142 and 146 of
 * the writers' sentences: their own forms (帳戶, 部份, 甚麼, 妳) are not what Simplified →
 * Traditional writes. It showed two errors into Taiwan that opencc-js gets right: 制面厂 (jieba's
 * 制|面厂) and 无糖果干 (opencc's phrase 干与 over jieba's 糖果|干); both mended.
 */
import { describeReportedRound } from "./support.ts";

// The source column names where the writer writes; every status is "traditional".
describeReportedRound("round61-traditional.tsv", {
  minEntries: 200,
  floors: { tw: 142, hk: 146, cn: 200 },
  source: /^(?:tw-local|tw-finance|tw-life|tw-opinion|hk-local|hk-entertainment|hk-property|mo-news) \(t2s\)$/u,
  status: /^traditional$/u,
});
