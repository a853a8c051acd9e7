/**
 * Round 43 (tests/fixtures/conversion/round43-world.tsv): 200 sentences written blind by a helper
 * session on world news, 25 each of diplomacy, defence, conflict, elections, cross-strait, Asia,
 * the West and global affairs. Measured 2026-12-06 before any rule was written for them (engine of
 * f9ee565 with round 40's rules): Taiwan 193, Hong Kong 193 (opencc-js 181, 181), none broken.
 * After (系 of a finding before 蓄意 or 从…购得, 照准 of approving, 小党 a small party, commentators as
 * titles, 国情咨文, 冲之鸟礁): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "world".
describeReportedRound("round43-world.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:diplomacy|defence|conflict|elections|cross-strait|asia|west|global)$/u,
  status: /^world$/u,
});
