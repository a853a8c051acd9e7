/**
 * Round 32 (tests/fixtures/conversion/round32-technical.tsv): 200 sentences written blind by a
 * helper session, 25 each of medicine, technology, finance, law, engineering, agriculture, transport
 * and education. Measured 2026-12-06 before any rule was written for them (engine d606e39), on the
 * set as written: Taiwan 189, Hong Kong 188, Simplified 200 (opencc-js 169, 169, 200); pairs
 * opencc-js gets right made wrong: 纯系品种 (the pure line) and two the set then corrected (Hong
 * Kong's 覆診, and 發佈, opencc's own phrase). After (系 of findings and after X某, 干法, 红曲, 编制 of
 * compiling, accounting's 冲减, 不准向): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "technical".
describeReportedRound("round32-technical.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:medicine|tech|finance|law|engineering|agriculture|transport|education)$/u,
  status: /^technical$/u,
});
