/**
 * Round 67 (tests/fixtures/conversion/round67-health.tsv): 200 sentences written blind by a helper
 * session in the style of mainland health and lifestyle reporting (hospital, disease, medicine,
 * hair, skin-beauty, diet, elderly-children, mind). Measured 2026-12-06 before any rule was written
 * for them (engine 5e049dc, on the helper's columns): Taiwan 194, Hong Kong 193, Simplified 200
 * (opencc-js 170, 170, 200); the review list at risk ≥ 50 named 3 of the 6 wrong Taiwan decisions,
 * with 2 lines that were right. After (于大夫, 有没有人喂 and 追着喂, 卷出了…弧度): these are the floors. Gold
 * edits after measuring, if any, are in the fixture's header. Left: 不那么干了 (opencc's phrase 那么干, as
 * in 别那么干, of doing).
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "health".
describeReportedRound("round67-health.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:hospital|disease|medicine|hair|skin-beauty|diet|elderly-children|mind)$/u,
  status: /^health$/u,
});
