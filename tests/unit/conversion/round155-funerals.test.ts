/**
 * Round 155 (tests/fixtures/conversion/round155-funerals.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on funeral services, cemeteries and memorial customs
 * (services, cemeteries, customs, law, memorial, workers, families, people). Measured 2026-12-07
 * before any rule was written from it (38a3374): Taiwan 193, Hong Kong 193, Simplified 200
 * (opencc-js 165, 165, 200); the review list at risk ≥ 50 named 7 of the 7 wrong Taiwan decisions,
 * with 3 that were right. After the rules written from rounds 155–162: 199, 199, 200, the floors.
 * Left: 老姜 (old ginger) as a person's name before a description of him.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "funerals".
describeReportedRound("round155-funerals.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:services|cemeteries|customs|law|memorial|workers|families|people)$/u,
  status: /^funerals$/u,
});
