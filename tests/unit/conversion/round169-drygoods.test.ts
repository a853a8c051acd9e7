/**
 * Round 169 (tests/fixtures/conversion/round169-drygoods.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on dry goods, spices, pickles and preserved food
 * markets (markets, drying, seafood, mushrooms, spices, pickles, safety, people). Measured
 * 2026-12-07 on the engine after rounds 163–167's rules (a593083), as a held-out test of them:
 * Taiwan 191, Hong Kong 191, Simplified 200 (opencc-js 153, 153, 200); none of the pairs opencc-js
 * gets right made wrong; the review list at risk ≥ 50 named 8 of the 9 wrong Taiwan decisions, with
 * 7 that were right. After the rules written from rounds 168–174: 199, 199, 200, the floors. Left:
 * 丈夫党建军 (a kin noun is no title: 帮母亲干农活).
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "drygoods".
describeReportedRound("round169-drygoods.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:markets|drying|seafood|mushrooms|spices|pickles|safety|people)$/u,
  status: /^drygoods$/u,
});
