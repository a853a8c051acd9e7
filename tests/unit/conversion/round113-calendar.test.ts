/**
 * Round 113 (tests/fixtures/conversion/round113-calendar.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on calendars, astronomy, time and festivals (lunar,
 * astronomy, clocks, festivals, history, weekdays, culture, people). Measured 2026-12-07 before any
 * rule was written for them (engine 46828fe, on the helper's columns): Taiwan 190, Hong Kong 190,
 * Simplified 200 (opencc-js 168, 168, 199); the review list at risk ≥ 50 named 4 of the 11 wrong
 * Taiwan decisions, with 5 lines that were right. After (一出传统地方戏, 十二气历): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "calendar".
describeReportedRound("round113-calendar.tsv", {
  minEntries: 200,
  floors: { tw: 193, hk: 193, cn: 200 },
  source: /^(?:lunar|astronomy|clocks|festivals|history|weekdays|culture|people)$/u,
  status: /^calendar$/u,
});
