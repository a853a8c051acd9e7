/**
 * Round 34 (tests/fixtures/conversion/round34-sports.tsv): 200 sentences written blind by a helper
 * session, 25 each of football, basketball, racket sports, athletics, golf and snooker, combat
 * sports, film and music. Measured 2026-12-06 before any rule was written for them (engine 844f04d):
 * Taiwan 179, Hong Kong 179, Simplified 200 (opencc-js 154, 154, 200), one pair opencc-js gets right
 * made wrong (比杆赛制). After (桿 of golf and snooker strokes and clubs, 幹將, 另签, 冠军 as a title):
 * one more on 2026-12-07 with round 138's rules (范志远赛后, a rare word 范志 across the name): these
 * are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "sports".
describeReportedRound("round34-sports.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:football|basketball|racket|athletics|golf|combat|film|music)$/u,
  status: /^sports$/u,
});
