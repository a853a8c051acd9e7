/**
 * Round 101 (tests/fixtures/conversion/round101-beauty.tsv): 200 sentences written blind by a
 * helper session in the style of mainland lifestyle news on beauty, hair, fashion and personal care
 * (hair, skin, fashion, makeup, stylists, health, shopping, traditions). Measured 2026-12-07 before
 * any rule was written for them (engine 8e28c27, on the helper's columns with the gold edit in the
 * header): Taiwan 190, Hong Kong 190, Simplified 200 (opencc-js 162, 162, 200); the review list at
 * risk ≥ 50 named 4 of the 11 wrong Taiwan decisions, with 4 lines that were right. After (头发发油,
 * 刮起了胡子, 干发, 皮肤越干, 系一条围巾, 干练台风, 一面老钟): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "beauty".
describeReportedRound("round101-beauty.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:hair|skin|fashion|makeup|stylists|health|shopping|traditions)$/u,
  status: /^beauty$/u,
});
