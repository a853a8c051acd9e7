/**
 * Round 118 (tests/fixtures/conversion/round118-pets.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on pets, animals and zoos (pets, zoo, wildlife, livestock,
 * vets, market, law, people). Measured 2026-12-07 before any rule was written for them (engine
 * 4a88482, on the helper's columns): Taiwan 191, Hong Kong 191, Simplified 200 (opencc-js 161, 161,
 * 200), and two pairs opencc-js gets right made wrong (金雕 read 鵰 from CC-CEDICT, 犬只 read as "only");
 * the review list at risk ≥ 50 named 3 of the 9 wrong Taiwan decisions, with 5 lines that were right.
 * After (喂 of feeding before more foods and animals, 一卷就, 冲入马桶, 十分钟爱, 小占 before 是…师, 后 opening a name,
 * 犬只 as a jieba word, 金雕 as opencc has it): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "pets".
describeReportedRound("round118-pets.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:pets|zoo|wildlife|livestock|vets|market|law|people)$/u,
  status: /^pets$/u,
});
