/**
 * Round 78 (tests/fixtures/conversion/round78-tcm.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news about traditional Chinese medicine, pharmacies and health
 * food. Measured 2026-12-06 before any rule was written for them (engine e05d666, on the helper's
 * columns): Taiwan 168, Hong Kong 168, Simplified 200 (opencc-js 124, 124, 200; 2 broken: 人参须另煎
 * read as rootlets, 湿热余邪 as a name); the review list at risk ≥ 50 named 17 of the 33 wrong Taiwan
 * decisions, with 15 lines that were right. After (processed herbs: 醋制, 酒制, 盐制, 蜜制, 净制, 制附子, 制首乌,
 * 制霜; 炮姜, 煨姜, 姜炭, 姜半夏; 神曲 beside digestive herbs, 半夏曲; 莪术; 黑丑, 白丑; 药斗; 太冲穴; 须 of must before 另煎;
 * 扎针; 余邪; 范店长); one more on 2026-12-07 with round 144–149's rules (老药工党师傅, a title and a form
 * of address across a word): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "tcm".
describeReportedRound("round78-tcm.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:clinics|prescriptions|processing|pharmacies|tonics|acupuncture|wellness|patients)$/u,
  status: /^tcm$/u,
});
