/**
 * Round 60 (tests/fixtures/conversion/round60-markets.tsv): 200 sentences written blind by a
 * helper session in the style of mainland financial and technology news (stocks, banking,
 * companies, trade, manufacturing, the internet, property, agriculture). Measured 2026-12-06
 * before any rule was written for them (engine 060b59c): Taiwan 189, Hong Kong 189, Simplified 200
 * (opencc-js 158, 158, 200), none broken; the review list at risk ≥ 50 named 7 of the 12 wrong
 * Taiwan decisions, with 5 lines that were right. After (托收 → 託收, 并表 → 併表, 卷绕 → 捲繞,
 * 干船坞 → 乾船塢, 面业 → 麪業; 系 of what a building was found to be; ginger's price; 小田并大田;
 * 大户 and other nouns for people before a name): these are the floors. Left: 范建中 after 基金经理
 * (jieba's verb 建中), 党建军 after 董事长 (jieba's 党|建军 with 党 a noun), 大姜.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "markets".
describeReportedRound("round60-markets.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:stocks|banking|companies|trade|manufacturing|internet|property|agriculture)$/u,
  status: /^markets$/u,
});
