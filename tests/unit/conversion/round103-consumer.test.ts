/**
 * Round 103 (tests/fixtures/conversion/round103-consumer.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on consumer rights, complaints and e-commerce
 * (refunds, quality, delivery, food, services, online, regulators, people). Measured 2026-12-07
 * before any rule was written for them (engine f234b21, on the helper's columns): Taiwan 194, Hong
 * Kong 194, Simplified 200 (opencc-js 158, 158, 200); the review list at risk ≥ 50 named 4 of the 6
 * wrong Taiwan decisions, with 9 lines that were right. After (鞋带已系过, 店主后某, 快递小哥老范, 被曝系, 余建国的面馆):
 * these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "consumer".
describeReportedRound("round103-consumer.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:refunds|quality|delivery|food|services|online|regulators|people)$/u,
  status: /^consumer$/u,
});
