/**
 * Round 279 (tests/fixtures/conversion/round279-police.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on local police news: fraud, traffic, missing persons, thefts, community officers and verdicts. Measured 2026-12-08 on the engine with every rule
 * to round 275 (7e8e322), as a held-out test of them, after the gold edits its header notes: Taiwan
 * 192, Hong Kong 192, Simplified 200 (opencc-js 133, 133, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 5 of the 8 wrong Taiwan decisions, with 5 that
 * were right. After the rules written from rounds 276–280: Taiwan 196, Hong Kong 196, Simplified
 * 200 (民警后亮, 特警钟毅, 刑警钟鸣 (one-character given names, 钟鸣 a word) and 民警沈阳 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "police".
describeReportedRound("round279-police.tsv", {
  minEntries: 200,
  floors: { tw: 196, hk: 196, cn: 200 },
  source: /^(?:fraud|traffic|missing|theft|community|verdicts|officers|residents)$/u,
  status: /^police$/u,
});
