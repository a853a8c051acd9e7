/**
 * Round 265 (tests/fixtures/conversion/round265-pensions.tsv): 200 sentences written blind by a helper
 * session in the style of pensions, social security and elderly care (contributions, balances, insurance, care homes, scams, retirees) (pensions, contributions, insurance, carehomes, scams, retirees, policies, people). Measured 2026-12-07 on the
 * engine with every rule to round 260 (93b6bc4), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 185, Hong Kong 185, Simplified 200 (opencc-js 78, 79, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 12 of the 15 wrong Taiwan decisions, with 7 that were right. The misses: 卡里 (in a card: 裡), 养老金发了 (發, not 金发), 不准以任何 (准). After the rules written from rounds 261–265: Taiwan 195, Hong Kong 195, Simplified 200 (老占一家, 于桂兰老人, 钟老, 做义工的钟秀梅 and 独居老人于德顺 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "pensions".
describeReportedRound("round265-pensions.tsv", {
  minEntries: 200,
  floors: { tw: 195, hk: 195, cn: 200 },
  source: /^(?:pensions|contributions|insurance|carehomes|scams|retirees|policies|people)$/u,
  status: /^pensions$/u,
});
