/**
 * Round 233 (tests/fixtures/conversion/round233-kindergartens.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on kindergartens, nurseries, childcare centres and preschool teachers (admission, meals, play, safety, teachers, parents, rural, people). Measured 2026-12-07 on the
 * engine with every rule to round 230 and the name cues of 25e1f14, as a held-out test of them, after the gold edits its
 * header notes: Taiwan 193, Hong Kong 193, Simplified 200 (opencc-js 164, 164, 200); two pairs opencc-js gets right made wrong in both editions (签号, a lot's number, read 簽; 挂历数, where jieba cuts 历数); the review list at risk ≥ 50 named 4 of the 8 wrong Taiwan decisions, with 5 that were right. The other misses: 小钟在摇号现场说, 裤腿卷得 (捲), 区角里 (裡), 被冲到排水口 (沖), 余园长感慨. After the rules written from rounds 231–236: every pair right, the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "kindergartens".
describeReportedRound("round233-kindergartens.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:admission|meals|play|safety|teachers|parents|rural|people)$/u,
  status: /^kindergartens$/u,
});
