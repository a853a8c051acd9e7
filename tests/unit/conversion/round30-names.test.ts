/**
 * Round 30 (tests/fixtures/conversion/round30-names.tsv): 200 news sentences written blind by a
 * helper session, 25 each of politics, business, sports, showbiz, mainland local news, Hong Kong and
 * Taiwan, overseas communities and history, dense with person and place names whose characters are
 * one-to-many. Measured 2026-12-06 before any rule was written for them (engine d606e39): Taiwan
 * 145, Hong Kong 145, Simplified 198 (opencc-js 58, 58, 197), none broken. After (岳 a surname,
 * occupations as titles, given names read as names, 钟山, 斗湖, noodles and hair a verb took): these
 * are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "names".
describeReportedRound("round30-names.tsv", {
  minEntries: 200,
  floors: { tw: 196, hk: 196, cn: 200 },
  source: /^(?:politics|business|sports|showbiz|local|hktw|overseas|history)$/u,
  status: /^names$/u,
});
