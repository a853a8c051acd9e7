/**
 * Round 177 (tests/fixtures/conversion/round177-perfume.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on cosmetics, perfume, skincare and hair care
 * (perfume, skincare, haircare, makeup, shops, safety, industry, people). Measured 2026-12-07 on
 * the engine after rounds 168–174's rules (ce1d521), as a held-out test of them: Taiwan 189, Hong
 * Kong 189, Simplified 200 (opencc-js 159, 159, 200); none of the pairs opencc-js gets right made
 * wrong; the review list at risk ≥ 50 named 6 of the 11 wrong Taiwan decisions, with 5 that were
 * right. After the rules written from rounds 175–179: 199, 199, 200, the floors. Left: 嘴唇都涂肿了 with
 * 涂 read as a surname.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "perfume".
describeReportedRound("round177-perfume.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:perfume|skincare|haircare|makeup|shops|safety|industry|people)$/u,
  status: /^perfume$/u,
});
