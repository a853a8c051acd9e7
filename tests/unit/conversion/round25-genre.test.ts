/**
 * Round 25 (tests/fixtures/conversion/round25-genre.tsv): 200 sentences written blind by a helper
 * session from what a paper prints beyond hard news, 25 each of recipes, health, literature, sport,
 * tech reviews, religion and folk custom, finance and web fiction, each holding a one-to-many
 * character. Measured 2026-12-06 before any rule was written for them (engine 5d4ede2): Taiwan 179,
 * Hong Kong 179, Simplified 198, four pairs opencc-js gets right made wrong (抗干扰能力, 一支签,
 * 狂风卷得, 板面 of a board). After: Taiwan 194, Hong Kong 194, Simplified 199, none broken; these are
 * the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the genre (food, fiction…); every status is "genre".
describeReportedRound("round25-genre.tsv", {
  minEntries: 200,
  floors: { tw: 195, hk: 195, cn: 200 },
  source: /^(?:food|health|literature|sport|tech|religion|finance|fiction)$/u,
  status: /^genre$/u,
});
