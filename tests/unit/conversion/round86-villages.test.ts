/**
 * Round 86 (tests/fixtures/conversion/round86-villages.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news about villages, farmers and rural officials, most
 * rows naming people whose surnames are also ordinary characters. Measured 2026-12-06 before any
 * rule was written for them (engine d53b612, on the helper's columns): Taiwan 180, Hong Kong 180,
 * Simplified 200 (opencc-js 95, 95, 200); the review list at risk ≥ 50 named 14 of the 21 wrong
 * Taiwan decisions, with 3 lines that were right. After (理事长, 会计, 主播 after a surname as forms of
 * address; 返乡青年; a three-character name opening a clause before 把, 的, 回乡 or 开发, for 占 and 干 only
 * with a given name many people bear; 敲响了…老钟; 装进坛里; 土鸡只喂; 图书角里); one more on 2026-12-07 with
 * round 138's rules (余庆华回乡, a rare word 余庆 across the name): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "villages".
describeReportedRound("round86-villages.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:secretaries|cooperatives|entrepreneurs|farmers|livestock|livestream|schools|festivals)$/u,
  status: /^villages$/u,
});
