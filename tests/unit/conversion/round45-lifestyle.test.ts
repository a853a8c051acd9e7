/**
 * Round 45 (tests/fixtures/conversion/round45-lifestyle.tsv): 200 sentences written blind by a
 * helper session for lifestyle and consumer pages, 25 each of fashion, beauty, home, autos,
 * gadgets, travel, dining and hobbies. Measured 2026-12-06 before any rule was written for them
 * (engine 01e741d): Taiwan 196, Hong Kong 196 (opencc-js 178, 178), none broken. After (发帽, 长卷发,
 * 葱姜, a musical after 一出): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "lifestyle".
describeReportedRound("round45-lifestyle.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:fashion|beauty|home|autos|gadgets|travel|dining|hobbies)$/u,
  status: /^lifestyle$/u,
});
