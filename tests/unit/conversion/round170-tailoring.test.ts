/**
 * Round 170 (tests/fixtures/conversion/round170-tailoring.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on tailors, alterations, uniforms and traditional
 * dress (shops, measuring, fabrics, qipao, uniforms, repair, business, people). Measured 2026-12-07
 * on the engine after rounds 163–167's rules (a593083), as a held-out test of them: Taiwan 196,
 * Hong Kong 196, Simplified 200 (opencc-js 160, 159, 200); one pair made wrong in both editions
 * (衣服的下摆开线了, opencc's 下襬 lost to the phrase 摆开); the review list at risk ≥ 50 named 3 of the 4
 * wrong Taiwan decisions, with 5 that were right. After the rules written from rounds 168–174: 198,
 * 198, 200, the floors. Hong Kong's 複核 → 覆核 and 整排扣子 → 整排釦子 (as the same sentence's 一顆釦子) were
 * edited after measuring (figures with the edits). Left: 涂春生 and 占国庆 opening a clause.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "tailoring".
describeReportedRound("round170-tailoring.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:shops|measuring|fabrics|qipao|uniforms|repair|business|people)$/u,
  status: /^tailoring$/u,
});
