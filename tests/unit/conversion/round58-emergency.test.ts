/**
 * Round 58 (tests/fixtures/conversion/round58-emergency.tsv): 200 sentences written blind by a
 * helper session in the style of mainland reporting on the military, police, fires, floods,
 * earthquakes, accidents, health emergencies and aid. Measured 2026-12-06 before any rule was
 * written for them (engine 060b59c): Taiwan 192, Hong Kong 192, Simplified 200 (opencc-js 152,
 * 152, 200), none broken; the review list at risk ≥ 50 named 6 of the 8 wrong Taiwan decisions,
 * with 9 lines that were right. After (系 of tying a pack strap or a safety rope, 系 of what an
 * inquiry found right after its comma, 冲 of what floodwater brings, 困 of sleepiness after 是 and
 * before 得眼睛, 游 of swimming against a current or a distance, 喂 of giving medicine or hay):
 * these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "emergency".
describeReportedRound("round58-emergency.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:military|police|fire|flood|quake|accident|health-emergency|aid)$/u,
  status: /^emergency$/u,
});
