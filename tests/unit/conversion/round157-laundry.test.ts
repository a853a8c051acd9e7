/**
 * Round 157 (tests/fixtures/conversion/round157-laundry.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on laundries, dry cleaning and washing appliances
 * (drycleaning, machines, garments, complaints, business, hygiene, tips, people). Measured
 * 2026-12-07 before any rule was written from it (38a3374): Taiwan 191, Hong Kong 191, Simplified
 * 200 (opencc-js 158, 158, 200); the review list at risk ≥ 50 named 7 of the 9 wrong Taiwan
 * decisions, with 5 that were right. After the rules written from rounds 155–162: 199, 199, 200,
 * the floors. Left: 越干 of a spun load (乾).
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "laundry".
describeReportedRound("round157-laundry.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:drycleaning|machines|garments|complaints|business|hygiene|tips|people)$/u,
  status: /^laundry$/u,
});
