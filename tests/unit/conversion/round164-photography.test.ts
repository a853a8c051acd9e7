/**
 * Round 164 (tests/fixtures/conversion/round164-photography.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on photography, cameras, film and photo studios
 * (cameras, film, studios, contests, phones, landscape, press, people). Measured 2026-12-07 on the
 * engine after rounds 155–162's rules (2f00b71), as a held-out test of them: Taiwan 192, Hong Kong
 * 192, Simplified 200 (opencc-js 166, 166, 200); one pair made wrong in both editions (不要涂太厚: 涂
 * read as a surname before 太); the review list at risk ≥ 50 named 6 of the 8 wrong Taiwan
 * decisions, with 5 that were right. After the rules written from rounds 163–167: 199, 199, 200,
 * the floors. 花白鬍須 → 花白鬍鬚 was edited after measuring (figures with the edit). Left: 扣环 (扣環,
 * opencc's 釦環).
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "photography".
describeReportedRound("round164-photography.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:cameras|film|studios|contests|phones|landscape|press|people)$/u,
  status: /^photography$/u,
});
