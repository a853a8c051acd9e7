/**
 * Round 59 (tests/fixtures/conversion/round59-society.tsv): 200 sentences written blind by a
 * helper session in the style of mainland reporting and features on schools, universities,
 * families, religion, customs, food, pets and nature, and readers' letters. Measured 2026-12-06
 * before any rule was written for them (the engine with rounds 58, 60 and 61's first rules):
 * Taiwan 186, Hong Kong 186, Simplified 199 (opencc-js 147, 147, 198), one pair opencc-js gets
 * right made wrong (糯米饭团, where jieba's 糯米饭 refused the phrase 饭团); the review list at risk
 * ≥ 50 named 11 of the 14 wrong Taiwan decisions, with 8 lines that were right. After (a familiar
 * name after 毕业生 or 保安, 别着急, 铺盖卷, the 余 family, 素面 beside 馒头, 祈谷, a grain measure
 * 斗, dough that rises, 面片, 面袋, hay fed to rabbits, 就著白粥 into Simplified): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "society".
describeReportedRound("round59-society.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:school|university|family|religion|customs|food|pets-nature|letters)$/u,
  status: /^society$/u,
});
