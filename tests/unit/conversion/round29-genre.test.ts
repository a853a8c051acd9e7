/**
 * Round 29 (tests/fixtures/conversion/round29-genre.tsv): 200 sentences written blind by a helper
 * session in Traditional beyond hard news, 100 as Taiwan writers write them (columns, recipes,
 * travel, health, literature, temples, web fiction) and 100 as Hong Kong writers do (food, racing,
 * Cantonese opera, film, finance, fiction), with the Simplified a mainland editor prints. Measured
 * 2026-12-06 before any rule was written for them (engine 389d139): Simplified 197, Taiwan 158, Hong
 * Kong 150, four pairs opencc-js gets right made wrong from Simplified (老钟, 凶光, 游岛, 当当地响).
 * After: Simplified 199 (身分證 → 身份证 left, as in round 24), Taiwan 162, Hong Kong 154 (the rest
 * the writers' own 部份, 甚麼, 枱, 週); these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the place and genre (tw-food, hk-racing); every status is "genre".
describeReportedRound("round29-genre.tsv", {
  minEntries: 200,
  floors: { tw: 164, hk: 155, cn: 199 },
  source: /^(?:tw|hk)-[a-z]+$/u,
  status: /^genre$/u,
});
