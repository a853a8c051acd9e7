/**
 * Round 131 (tests/fixtures/conversion/round131-housework.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on household chores, cleaning and home services
 * (laundry, cleaning, kitchen, appliances, services, storage, safety, people). Measured 2026-12-07
 * before any rule was written for them (engine b2e2405, on the helper's columns): Taiwan 194, Hong
 * Kong 194, Simplified 200 (opencc-js 165, 165, 200); the review list at risk ≥ 50 named all 7 wrong
 * Taiwan decisions, with 4 lines that were right. After (干拖把, 干抹布, 干面粉, 面要和得硬, 馅料里加, 育儿嫂): these are
 * the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "housework".
describeReportedRound("round131-housework.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:laundry|cleaning|kitchen|appliances|services|storage|safety|people)$/u,
  status: /^housework$/u,
});
