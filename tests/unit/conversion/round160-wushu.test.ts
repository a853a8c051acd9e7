/**
 * Round 160 (tests/fixtures/conversion/round160-wushu.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on martial arts, tai chi and combat sports (taichi,
 * schools, competition, combat, heritage, weapons, injuries, people). Measured 2026-12-07 before
 * any rule was written from it (38a3374): Taiwan 195, Hong Kong 194, Simplified 200 (opencc-js 163,
 * 162, 199); two pairs opencc-js gets right made wrong (张三丰, whose 丰 a given-name rule read as 豐);
 * the review list at risk ≥ 50 named 4 of the 6 wrong Taiwan decisions, with 5 that were right.
 * After the rules written from rounds 155–162: 200, 199, 200, the floors. Left: Hong Kong's 樑 in
 * the given name 国梁.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "wushu".
describeReportedRound("round160-wushu.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 199, cn: 200 },
  source: /^(?:taichi|schools|competition|combat|heritage|weapons|injuries|people)$/u,
  status: /^wushu$/u,
});
