/**
 * Round 240 (tests/fixtures/conversion/round240-paper.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on handmade paper, paper mills, rice paper and paper recycling (pulp, making, xuan, mills, recycling, heritage, trade, people). Measured 2026-12-07 on the
 * engine with every rule to round 236 (5b86991), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 192, Hong Kong 192, Simplified 200 (opencc-js 153, 153, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 4 of the 8 wrong Taiwan decisions, with none that was right. The misses: 沤制, 抄制, 机制书画纸 (製), 迟迟干不透, 纸面很快就干了 (乾), 关停并转 (併), 用绳子扎得 (紮), 小钟是纸坊里最年轻的学徒. After the rules written from rounds 237–241: every pair right, the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "paper".
describeReportedRound("round240-paper.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:pulp|making|xuan|mills|recycling|heritage|trade|people)$/u,
  status: /^paper$/u,
});
