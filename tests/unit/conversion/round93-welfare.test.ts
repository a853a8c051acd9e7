/**
 * Round 93 (tests/fixtures/conversion/round93-welfare.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news about elderly care, insurance and social welfare. Measured
 * 2026-12-07 before any rule was written for them (engine 4b048e6, on the helper's columns): Taiwan
 * 188, Hong Kong 188, Simplified 200 (opencc-js 149, 150, 200; 1 broken: 资金须一并追回 read as a beard);
 * the review list at risk ≥ 50 named 7 of the 12 wrong Taiwan decisions, with 6 lines that were
 * right. After (须 of must before 一并, 追回, 提供 and the like; jieba's person tags on 余杭, 余姚, 钟祥 and
 * other places replaced, so 台州、余杭、沈丘等地 is no list of names): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "welfare".
describeReportedRound("round93-welfare.tsv", {
  minEntries: 200,
  floors: { tw: 191, hk: 191, cn: 200 },
  source: /^(?:pensions|insurance|care-homes|canteens|disability|children|volunteers|policy)$/u,
  status: /^welfare$/u,
});
