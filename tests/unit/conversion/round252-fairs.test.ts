/**
 * Round 252 (tests/fixtures/conversion/round252-fairs.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on temple fairs, lantern festivals and Spring Festival markets (stalls, lanterns, snacks, folk opera, crafts, crowd safety) (fairs, lanterns, snacks, performances, crafts, safety, crowds, people). Measured 2026-12-07 on the
 * engine with every rule to round 247 (97a75f4), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 191, Hong Kong 191, Simplified 200 (opencc-js 140, 140, 200); three pairs opencc-js gets right made wrong (兔子灯一只能卖, 每只只卖, 在面人身上); the review list at risk ≥ 50 named 4 of the 10 wrong Taiwan decisions, with 4 that were right. The misses: 只 after a count (一只能, 每只只卖), 面人 (麵), 姜、蒜 (薑), 卷得紧实 (捲). After the rules written from rounds 249–254: Taiwan 196, Hong Kong 196, Simplified 200 (做面塑用的面, 民警后卫东, 老艺人于德顺 and 民警钟毅 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "fairs".
describeReportedRound("round252-fairs.tsv", {
  minEntries: 200,
  floors: { tw: 196, hk: 196, cn: 200 },
  source: /^(?:fairs|lanterns|snacks|performances|crafts|safety|crowds|people)$/u,
  status: /^fairs$/u,
});
