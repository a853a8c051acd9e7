/**
 * Round 46 (tests/fixtures/conversion/round46-rural.tsv): 200 sentences written blind by a helper
 * session on rural and regional China in mainland news, 25 each of farming, livestock, villages,
 * county, markets, places, weather and disasters, and heritage. Measured 2026-12-06 before any rule
 * was written for them (engine 01e741d with round 45's rules): Taiwan 195, Hong Kong 195 (opencc-js
 * 172, 172), none broken. After (扎 of a lantern or kite, 制好的, 干茶, soil that dries): these are the
 * floors (新谷 碾成小米, new grain, since round 57). Left: 余建国 after 县委书记 before 带队, which jieba tags a
 * noun (the review list names it at 60).
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "rural".
describeReportedRound("round46-rural.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:farming|livestock|villages|county|markets|places|weather-disasters|heritage)$/u,
  status: /^rural$/u,
});
