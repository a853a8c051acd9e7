/**
 * Round 163 (tests/fixtures/conversion/round163-plumbing.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on home repair, plumbing, renovation and property
 * management (pipes, electrics, renovation, disputes, property, safety, tips, people). Measured
 * 2026-12-07 on the engine after rounds 155–162's rules (2f00b71), as a held-out test of them:
 * Taiwan 196, Hong Kong 196, Simplified 200 (opencc-js 154, 154, 200); none of the pairs opencc-js
 * gets right made wrong; the review list at risk ≥ 50 named 1 of the 4 wrong Taiwan decisions, with
 * 6 that were right. After the rules written from rounds 163–167: 200, 200, 200, the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "plumbing".
describeReportedRound("round163-plumbing.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:pipes|electrics|renovation|disputes|property|safety|tips|people)$/u,
  status: /^plumbing$/u,
});
