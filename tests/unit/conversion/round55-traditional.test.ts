/**
 * Round 55 (tests/fixtures/conversion/round55-traditional.tsv): 200 sentences written blind by a
 * helper session as Taiwan and Hong Kong publications print them (politics, society, culture,
 * sports; Hong Kong finance), with the Simplified a mainland editor prints. Measured 2026-12-06
 * before any rule was written for them (engine abcd010): into Simplified 191 of 200 from the
 * Taiwan column and 191 from the Hong Kong one (opencc-js 93 and 106), none broken. After (畫定,
 * 畫分, 整齊畫一 → 划; 哩程 → 里程; 乾清門; an era's 乾 before 年款; 份內 → 分内, not 一份內容;
 * 覆驗 → 复验): 200 from each; these are the floors. The Simplified column converted into Taiwan
 * and Hong Kong gives back 101 and 104 of the writers' sentences: their own forms (帳戶, 部份,
 * 甚麼, 妳) are not what Simplified → Traditional writes. One line's 盡快 was corrected to 儘快 in
 * both Traditional columns after measuring (see the fixture's header).
 */
import { describeReportedRound } from "./support.ts";

// The source column names where the writer writes; every status is "traditional".
describeReportedRound("round55-traditional.tsv", {
  minEntries: 200,
  floors: { tw: 101, hk: 104, cn: 200 },
  source: /^(?:tw-politics|tw-society|tw-culture|tw-sports|hk-politics|hk-society|hk-culture|hk-finance)$/u,
  status: /^traditional$/u,
});
