/**
 * Round 102 (tests/fixtures/conversion/round102-parenting.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on parenting, babies and young children (infants,
 * health, kindergarten, play, family, safety, education, people). Measured 2026-12-07 before any
 * rule was written for them (engine f234b21, on the helper's columns): Taiwan 194, Hong Kong 194,
 * Simplified 200 (opencc-js 147, 147, 200); the review list at risk ≥ 50 named 5 of the 6 wrong
 * Taiwan decisions, with 5 lines that were right. After (六岁的小游, 新手爸爸后志强, 全职妈妈小岳, 全职爸爸小钟): these are
 * the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "parenting".
describeReportedRound("round102-parenting.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:infants|health|kindergarten|play|family|safety|education|people)$/u,
  status: /^parenting$/u,
});
