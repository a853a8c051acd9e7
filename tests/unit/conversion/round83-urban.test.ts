/**
 * Round 83 (tests/fixtures/conversion/round83-urban.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news about housing, cities and daily services. Measured
 * 2026-12-06 before any rule was written for them (engine 63b7ac5, on the helper's columns): Taiwan
 * 192, Hong Kong 192, Simplified 200 (opencc-js 162, 162, 200; 1 broken: 信托制物业模式 read as making);
 * the review list at risk ≥ 50 named 5 of the 8 wrong Taiwan decisions, with 7 lines that were
 * right. After (信托制, 墙面干了, 干垃圾, 中介小钟, 托站务员转交); one more on 2026-12-07 with round
 * 144–149's rules (房产中介于先生: 介于 across the surname): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "urban".
describeReportedRound("round83-urban.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:property|renting|renovation|management|utilities|transport|parking|services)$/u,
  status: /^urban$/u,
});
