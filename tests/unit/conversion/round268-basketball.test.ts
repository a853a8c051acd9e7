/**
 * Round 268 (tests/fixtures/conversion/round268-basketball.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on professional and school basketball (games, players, coaches, transfers, injuries, youth teams, fans) (games, players, coaches, transfers, injuries, youth, fans, people). Measured 2026-12-07 on the
 * engine with every rule to round 265 (0bbfe33), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 175, Hong Kong 175, Simplified 200 (opencc-js 79, 80, 200); three pairs opencc-js gets right made wrong: 本周六卷土重来 (六卷, six volumes, across the words), 状元签 and 首轮签 (draft picks read as the verb); the review list at risk ≥ 50 named 14 of the 26 wrong Taiwan decisions, with 6 that were right. The misses: a surname after a position (首发后卫后立军, 中锋于浩然), 投进这球后 (球后), foreign players' 里 (外援里克). After the rules written from rounds 266–270: Taiwan 183, Hong Kong 183, Simplified 200 (中锋于浩然, 补扣, 喂球, 主力干将游家乐, 党一鸣, 后卫后立军, 范文博, 占晓宇, 小游, 游子健, 新援后明远, 岳海洋, 游立新, 复出的钟建华, 小朴, 老干 and “于妈妈” left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "basketball".
describeReportedRound("round268-basketball.tsv", {
  minEntries: 200,
  floors: { tw: 183, hk: 183, cn: 200 },
  source: /^(?:games|players|coaches|transfers|injuries|youth|fans|people)$/u,
  status: /^basketball$/u,
});
