/**
 * Round 205 (tests/fixtures/conversion/round205-fireworks.tsv): 199 sentences written blind by a helper
 * session in the style of mainland news on fireworks, firecrackers, lantern festivals and Spring Festival goods markets (factories, bans, shows, lanterns, markets, safety, customs, people). Measured 2026-12-07 on the engine before
 * its rules (9078ed8, every rule to round 199), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 195, Hong Kong 195, Simplified 199 of 199 (opencc-js 167, 167, 199); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50
 * named 3 of the 4 wrong Taiwan decisions, with 2 that were right. The misses: 制筒 (製), 卷制成型 (捲製), 谜签 before 到 (籤), 扎灯艺人 (紮).
 * The floors are the figures after the rules written from rounds 200–205.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "fireworks".
describeReportedRound("round205-fireworks.tsv", {
  minEntries: 199,
  floors: { tw: 199, hk: 199, cn: 199 },
  source: /^(?:factories|bans|shows|lanterns|markets|safety|customs|people)$/u,
  status: /^fireworks$/u,
});
