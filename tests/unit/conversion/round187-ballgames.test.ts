/**
 * Round 187 (tests/fixtures/conversion/round187-ballgames.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on football, basketball, table tennis and volleyball
 * leagues and clubs (football, basketball, pingpong, volleyball, fans, youth, venues, people).
 * Measured 2026-12-07 on the engine before its rules (4a1e922, every rule of rounds to 183), as a
 * held-out test of them: Taiwan 199, Hong Kong 199, Simplified 200 (opencc-js 165, 165, 200); pairs
 * opencc-js gets right made wrong: none; the review list at risk ≥ 50 named 0 of the 1 wrong Taiwan
 * decisions, with 3 that were right. The misses: 谷雨晨 opening a sentence (穀雨, kept as measured). The
 * floors are the figures after the rules written from it and rounds 184–191.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "ballgames".
describeReportedRound("round187-ballgames.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:football|basketball|pingpong|volleyball|fans|youth|venues|people)$/u,
  status: /^ballgames$/u,
});
