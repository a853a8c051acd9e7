/**
 * Round 104 (tests/fixtures/conversion/round104-family.tsv): 200 sentences written blind by a
 * helper session in the style of mainland features on family life, weddings, funerals and rural
 * customs (weddings, funerals, godparents, elders, kinship, food, homes, people). Measured
 * 2026-12-07 before any rule was written for them (engine f234b21, on the helper's columns): Taiwan
 * 189, Hong Kong 189, Simplified 200 (opencc-js 162, 163, 200); the review list at risk ≥ 50 named
 * 7 of the 11 wrong Taiwan decisions, with 8 lines that were right. After (系一条红绸, 准新娘小郁, 扎纸人纸马,
 * “松”字, 钟、涂两个姓, 汤宽面薄, 老党今年, 钟、范两家, 游、姜两位): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "family".
describeReportedRound("round104-family.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:weddings|funerals|godparents|elders|kinship|food|homes|people)$/u,
  status: /^family$/u,
});
