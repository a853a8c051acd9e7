/**
 * Round 152 (tests/fixtures/conversion/round152-exhibitions.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on art exhibitions, galleries and art markets
 * (painting, calligraphy, galleries, auctions, sculpture, photography, education, people). Measured
 * 2026-12-07 on the engine after rounds 132–149's rules (e669a42, on the helper's columns), as a
 * held-out test of them: Taiwan 194, Hong Kong 194, Simplified 200 (opencc-js 171, 171, 199), one pair
 * opencc-js gets right made wrong in both editions (拍摄于雨后, 于 read as a surname); the review list at
 * risk ≥ 50 named 5 of the 6 wrong Taiwan decisions, with 2 lines that were right. Only that pair was
 * mended (the preposition before a time or place: 雨后, 战时): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "exhibitions".
describeReportedRound("round152-exhibitions.tsv", {
  minEntries: 200,
  floors: { tw: 195, hk: 195, cn: 200 },
  source: /^(?:painting|calligraphy|galleries|auctions|sculpture|photography|education|people)$/u,
  status: /^exhibitions$/u,
});
