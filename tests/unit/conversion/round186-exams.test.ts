/**
 * Round 186 (tests/fixtures/conversion/round186-exams.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on schools, exams, homework and teachers (gaokao, homework,
 * teachers, campus, rules, parents, history, people). Measured 2026-12-07 on the engine before its
 * rules (4a1e922, every rule of rounds to 183), as a held-out test of them: Taiwan 198, Hong Kong 198,
 * Simplified 200 (opencc-js 148, 147, 200); pairs opencc-js gets right made wrong: none; the review
 * list at risk ≥ 50 named 2 of the 2 wrong Taiwan decisions, with 13 that were right. The misses: 家长老姜
 * (姜, read as old ginger), 初一新生小党. The floors are the figures after the rules written from it and
 * rounds 184–191.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "exams".
describeReportedRound("round186-exams.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:gaokao|homework|teachers|campus|rules|parents|history|people)$/u,
  status: /^exams$/u,
});
