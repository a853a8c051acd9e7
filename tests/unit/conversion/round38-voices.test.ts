/**
 * Round 38 (tests/fixtures/conversion/round38-voices.tsv): 200 sentences written blind by a helper
 * session of people talking, 25 each of interviews, letters, reviews, posts, family, health, home
 * and memory. Measured 2026-12-06 before any rule was written for them (engine of 2026-12-06 with
 * round 37's rules; the same figures on a711e5a): Taiwan 186, Hong Kong 186, Simplified 200
 * (opencc-js 147, 147), none broken. After (a surname after 老, 小 or 阿, 睏 of sleepy, 嚥 of
 * swallowing, 颳 before the wind, 划 toward the shore, 繫 of hair and knots, 沖 of coffee made too
 * weak, 不准 before whom, 一干就是, 发干): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "voices".
describeReportedRound("round38-voices.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:interview|letters|reviews|posts|family|health|home|memory)$/u,
  status: /^voices$/u,
});
