/**
 * Round 70 (tests/fixtures/conversion/round70-people.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news about people (appointments, obituaries, awards, profiles,
 * business people, courts and graft, sports and arts people), most rows naming people whose
 * surnames are also ordinary characters. Measured 2026-12-06 before any rule was written for them
 * (engine 51e9c95, on the helper's columns): Taiwan 163, Hong Kong 163, Simplified 200 (opencc-js
 * 99, 99, 199; 3 broken: 老钟走的那天, 萧长春台风大气, 于谦和郭德纲); the review list at risk ≥ 50 named 25 of the 39
 * wrong Taiwan decisions, with 7 lines that were right. After (names after occupations such as 护林员,
 * 烘焙师, 骑手; names before 同志, 出任, 当选, 病逝 and after 任命…为, 宣判…受贿案; a three-character name opening a
 * clause before 是 or 从小; 老余, 老范, 老游 before a verb, 叫她“小钟”; 占 as a surname; 生前系, 系湖南人; 老钟走的那天,
 * 台风大气): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "people".
describeReportedRound("round70-people.tsv", {
  minEntries: 200,
  floors: { tw: 192, hk: 192, cn: 200 },
  source: /^(?:appointments|obituaries|awards|profiles|business-people|courts-graft|sports-people|arts-people)$/u,
  status: /^people$/u,
});
