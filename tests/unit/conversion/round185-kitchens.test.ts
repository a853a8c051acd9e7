/**
 * Round 185 (tests/fixtures/conversion/round185-kitchens.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on restaurant kitchens, hotpot, spices, chefs and cooking
 * contests (hotpot, spices, chefs, contests, hygiene, delivery, home, people). Measured 2026-12-07 on
 * the engine before its rules (4a1e922, every rule of rounds to 183), as a held-out test of them:
 * Taiwan 194, Hong Kong 194, Simplified 200 (opencc-js 159, 158, 200); pairs opencc-js gets right made
 * wrong: two sentences, each in both editions (牛肉须现切, 外卖烤鸭只送来半只); the review list at risk ≥ 50 named 4
 * of the 6 wrong Taiwan decisions, with 6 that were right. The misses: 牛肉须现切 (須, read as whiskers),
 * 烤鸭只送来 (只, read as the phrase 鸭只), 水开后再下面 (麪), 小干 in a kitchen. The floors are the figures after the
 * rules written from it and rounds 184–191.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "kitchens".
describeReportedRound("round185-kitchens.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:hotpot|spices|chefs|contests|hygiene|delivery|home|people)$/u,
  status: /^kitchens$/u,
});
