/**
 * Round 39 (tests/fixtures/conversion/round39-courts.tsv): 200 sentences written blind by a helper
 * session on crime, courts, police and emergencies, 25 each of police, courts, civil, fraud, fire,
 * accidents, prisons and investigation. Measured 2026-12-06 before any rule was written for them
 * (engine 0823e80): Taiwan 191, Hong Kong 191, Simplified 200 (opencc-js 144, 144, 200), one pair
 * opencc-js gets right made wrong (一出兄弟反目的闹剧). After (系 of what a court finds after its
 * subjects and statements, 并系好 as tying, a play described before it, 羊只, 巡回法庭): these are
 * the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "courts".
describeReportedRound("round39-courts.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:police|courts|civil|fraud|fire|accidents|prisons|investigation)$/u,
  status: /^courts$/u,
});
