/**
 * Round 28 (tests/fixtures/conversion/round28-genre.tsv): 200 sentences written blind by a helper
 * session, 25 each of travel, weather and farming, law and property, parenting and schools, cars,
 * showbiz, popular science and military history, each holding a one-to-many character. Measured
 * 2026-12-06 before any rule was written for them (engine 2d7c228): Taiwan 191, Hong Kong 191,
 * Simplified 200, one pair opencc-js gets right made wrong (了如指掌, which opencc-js gave only by
 * matching 变化了 first; the set now writes STPhrases' 瞭如指掌). After (the formal copula 系 after
 * what a court finds about, 别只 of "don't only", 作业本里, 冲一遍 of rinsing): 200 in each; these
 * are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section (travel, law…); every status is "genre".
describeReportedRound("round28-genre.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:travel|farming|law|school|cars|showbiz|science|military)$/u,
  status: /^genre$/u,
});
