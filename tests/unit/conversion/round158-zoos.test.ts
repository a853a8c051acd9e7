/**
 * Round 158 (tests/fixtures/conversion/round158-zoos.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on zoos, aquariums and wildlife rescue (animals, keepers,
 * births, rescue, aquariums, visitors, health, people). Measured 2026-12-07 before any rule was
 * written from it (38a3374): Taiwan 198, Hong Kong 198, Simplified 200 (opencc-js 165, 165, 199);
 * the review list at risk ≥ 50 named none of the 2 wrong Taiwan decisions, with 8 that were right.
 * After the rules written from rounds 155–162: 200, 200, 200, the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "zoos".
describeReportedRound("round158-zoos.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:animals|keepers|births|rescue|aquariums|visitors|health|people)$/u,
  status: /^zoos$/u,
});
