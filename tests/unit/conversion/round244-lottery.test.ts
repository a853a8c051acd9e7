/**
 * Round 244 (tests/fixtures/conversion/round244-lottery.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on welfare and sports lottery shops, draws, winners and regulation (shops, draws, winners, betting, rules, charity, scams, people). Measured 2026-12-07 on the
 * engine with every rule to round 242 (c07ca74), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 198, Hong Kong 198, Simplified 200 (opencc-js 175, 175, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 1 of the 2 wrong Taiwan decisions, with 3 that were right. The misses: 彩民小于拿着 (a lottery player called 小于), 让一球后 (後, not opencc's 球后). After the rules written from rounds 243–247: every pair right, the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "lottery".
describeReportedRound("round244-lottery.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:shops|draws|winners|betting|rules|charity|scams|people)$/u,
  status: /^lottery$/u,
});
