/**
 * Round 33 (tests/fixtures/conversion/round33-names.tsv): 200 sentences written blind by a helper
 * session, 25 each of court reports, obituaries, interviews, lists of names, company announcements,
 * campus news, the arts and community news, with person and place names in every position. Measured
 * 2026-12-06 before any rule was written for them, on the engine with round 30's name reading
 * (844f04d): Taiwan 163, Hong Kong 164, Simplified 199 (opencc-js 52, 52, 199; the engine before
 * round 30, d606e39: 130, 130, 199); one pair opencc-js gets right made wrong (雕塑家秋松). After
 * (names listed together, 钟伯 and other kin terms, titles before and after a name, 干德道, 著 after a
 * verb into Simplified): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "names".
describeReportedRound("round33-names.tsv", {
  minEntries: 200,
  floors: { tw: 179, hk: 180, cn: 200 },
  source: /^(?:court|obituary|interview|lists|corporate|campus|arts|community)$/u,
  status: /^names$/u,
});
