/**
 * Round 200 (tests/fixtures/conversion/round200-taxes.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on tax offices, invoices, accountants, tax refunds and small-business bookkeeping (offices, invoices, refunds, business, fraud, policy, rural, people). Measured 2026-12-07 on the engine before
 * its rules (9078ed8, every rule to round 199), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 195, Hong Kong 195, Simplified 200 (opencc-js 162, 158, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50
 * named 3 of the 5 wrong Taiwan decisions, with 3 that were right. The misses: 冲回 of a reversed entry (沖), 多系亲属 (係), 用斗量谷 (穀), 稽查局的老党办案二十多年, 个体户后国庆说.
 * The floors are the figures after the rules written from rounds 200–205.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "taxes".
describeReportedRound("round200-taxes.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:offices|invoices|refunds|business|fraud|policy|rural|people)$/u,
  status: /^taxes$/u,
});
