/**
 * Round 179 (tests/fixtures/conversion/round179-cinema.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on cinemas, film releases, box office and film crews
 * (boxoffice, releases, crews, cinemas, festivals, animation, piracy, people). Measured 2026-12-07
 * on the engine after rounds 168–174's rules (ce1d521), as a held-out test of them: Taiwan 194,
 * Hong Kong 194, Simplified 200 (opencc-js 170, 169, 200); one pair made wrong in both editions
 * (剃光头发, where jieba reads 光头 and leaves 发 alone); the review list at risk ≥ 50 named 3 of the 6
 * wrong Taiwan decisions, with none that was right. After the rules written from rounds 175–179:
 * 198, 198, 200, the floors. Hong Kong's 複核 → 覆核 was edited after measuring (figures with the
 * edit). Left: 后小雨 opening a sentence, 占小雅 after 毕业的.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "cinema".
describeReportedRound("round179-cinema.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:boxoffice|releases|crews|cinemas|festivals|animation|piracy|people)$/u,
  status: /^cinema$/u,
});
