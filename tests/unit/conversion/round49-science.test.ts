/**
 * Round 49 (tests/fixtures/conversion/round49-science.tsv): 200 sentences written blind by a helper
 * session on science, schools, technology, the military, disasters, the police and the environment
 * in mainland news, 25 for each of eight sections. Measured 2026-12-06 before any rule was written
 * for them (engine 4fcc9a4): Taiwan 194, Hong Kong 194, Simplified 200 (opencc-js 159, 159, 200),
 * none broken. After (系 of what an inquiry found with its subject between, 海里 after 送回了,
 * atomic clocks 铷钟, cirrus 卷云, 制氢): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "science".
describeReportedRound("round49-science.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:space|research|schools|it|military|disasters|police|environment)$/u,
  status: /^science$/u,
});
