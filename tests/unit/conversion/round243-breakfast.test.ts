/**
 * Round 243 (tests/fixtures/conversion/round243-breakfast.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on breakfast stalls, street food vendors, steamed buns, soy milk and food carts (stalls, food, hygiene, prices, mornings, cities, family, people). Measured 2026-12-07 on the
 * engine with every rule to round 242 (c07ca74), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 194, Hong Kong 194, Simplified 200 (opencc-js 163, 164, 200); one pair opencc-js gets right made wrong, in both editions: 绿豆面 (flour: jieba cuts 绿豆|面, so the phrase 豆面 could not apply); the review list at risk ≥ 50 named 5 of the 7 wrong Taiwan decisions, with 5 that were right. The other misses: 米酒冲上鸡蛋 (沖), 老姜夫妇, 郁家早餐店, 郁家的两个女儿, 面糊里 (裡), “姜要切得细 (薑). After the rules written from rounds 243–247: every pair right, the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "breakfast".
describeReportedRound("round243-breakfast.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:stalls|food|hygiene|prices|mornings|cities|family|people)$/u,
  status: /^breakfast$/u,
});
