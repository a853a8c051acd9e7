/**
 * Round 134 (tests/fixtures/conversion/round134-mining.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on mining, metals and smelting (mines, smelting, safety,
 * machinery, environment, market, towns, people). Measured 2026-12-07 before any rule was written for
 * them (engine f8efd0d, on the helper's columns): Taiwan 193, Hong Kong 191, Simplified 200 (opencc-js
 * 166, 166, 200), one pair opencc-js gets right made wrong in both editions (坝面铺设 as noodles); the
 * review list at risk ≥ 50 named 5 of the 7 wrong Taiwan decisions, with 2 lines that were right. After
 * (锚杆, 铜杆, 斗式提升机, 干砂, 回收制酸, 厂长后立新介绍): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "mining".
describeReportedRound("round134-mining.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:mines|smelting|safety|machinery|environment|market|towns|people)$/u,
  status: /^mining$/u,
});
