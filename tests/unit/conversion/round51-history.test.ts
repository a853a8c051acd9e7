/**
 * Round 51 (tests/fixtures/conversion/round51-history.tsv): 200 sentences written blind by a helper
 * session in the style of mainland history features, 25 each of dynasties, archaeology,
 * obituaries, the revolution, places, families, memoirs and anniversaries. Measured 2026-12-06
 * before any rule was written for them (engine 1e91464): Taiwan 183, Hong Kong 183, Simplified 200
 * (opencc-js 168, 168, 200), 2 pairs opencc-js gets right made wrong (百年老松, 取名松、柏、梅、竹).
 * After (系 standing alone after a noun before a place, time or preposition, and after 大多; a pine;
 * a measuring 斗; 于都 after 在; 卷好; phrases 殷历, 制镜, 表盖, 铜斗, 党家村): these are the
 * floors (老兵, 老战士, 老红军, 老党员 and 史家 now count as titles before a name: 抗战老兵岳振华).
 * Left: 别致 (opencc's 別緻), 游国恩 after 文学史家 (jieba cuts 文学史|家游国恩).
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "history".
describeReportedRound("round51-history.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:dynasties|archaeology|obituaries|revolution|places|families|memoirs|anniversaries)$/u,
  status: /^history$/u,
});
