/**
 * Round 140 (tests/fixtures/conversion/round140-fitness.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on fitness, gyms, martial arts and public exercise (gyms,
 * training, martial arts, public, diet, youth, disputes, people). Measured 2026-12-07 before any rule
 * was written for them (engine f8efd0d, on the helper's columns): Taiwan 195, Hong Kong 195,
 * Simplified 200 (opencc-js 161, 161, 200); the review list at risk ≥ 50 named 2 of the 5 wrong Taiwan
 * decisions, with 5 lines that were right. After (冲冷水澡, 松静自然, 自制便当, 出身的于少龙五岁): these are the
 * floors; 七旬老人党建国 stays 黨 (老人 as a noun for people made 老人白发 a name).
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "fitness".
describeReportedRound("round140-fitness.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:gyms|training|martial arts|public|diet|youth|disputes|people)$/u,
  status: /^fitness$/u,
});
