/**
 * Round 150 (tests/fixtures/conversion/round150-orchards.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on orchards, beekeeping, fruit and honey (orchards,
 * bees, harvest, sales, pests, processing, tourism, people). Measured 2026-12-07 on the engine after
 * rounds 132–149's rules (e669a42, on the helper's columns), as a held-out test of them: Taiwan 193,
 * Hong Kong 193, Simplified 200 (opencc-js 168, 168, 200), one pair opencc-js gets right made wrong in
 * both editions (做成果干 through 成果); the review list at risk ≥ 50 named 5 of the 7 wrong Taiwan
 * decisions, with 5 lines that were right. Only that pair was mended: these are the floors; 补喂 (餵),
 * 卷叶蛾 and 范、于两家 are left.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "orchards".
describeReportedRound("round150-orchards.tsv", {
  minEntries: 200,
  floors: { tw: 194, hk: 194, cn: 200 },
  source: /^(?:orchards|bees|harvest|sales|pests|processing|tourism|people)$/u,
  status: /^orchards$/u,
});
