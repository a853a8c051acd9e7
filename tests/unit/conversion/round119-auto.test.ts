/**
 * Round 119 (tests/fixtures/conversion/round119-auto.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on cars, driving and the motor industry (models, factory, ev,
 * dealers, driving, racing, policy, people). Measured 2026-12-07 before any rule was written for them
 * (engine 4a88482, on the helper's columns): Taiwan 194, Hong Kong 194, Simplified 200 (opencc-js 173,
 * 173, 200); the review list at risk ≥ 50 named 5 of the 6 wrong Taiwan decisions, with 6 lines that
 * were right. After (干胎, 赛历, names opening a sentence: 干春明从, 涂国庆和, 后德林在; 老板范立新最近): these are the
 * floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "auto".
describeReportedRound("round119-auto.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:models|factory|ev|dealers|driving|racing|policy|people)$/u,
  status: /^auto$/u,
});
