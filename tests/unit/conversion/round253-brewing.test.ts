/**
 * Round 253 (tests/fixtures/conversion/round253-brewing.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on soy sauce, vinegar, baijiu and rice-wine brewing (yeast starters, fermentation cellars, tasting, exports) (distilleries, vinegar, soy, starters, cellars, tasting, exports, people). Measured 2026-12-07 on the
 * engine with every rule to round 247 (97a75f4), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 174, Hong Kong 173, Simplified 199 (opencc-js 124, 124, 199); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 9 of the 31 wrong Taiwan decisions, with 4 that were right. The misses: 曲 of a brewing starter (翻曲, 酱曲, 小曲, 老曲, 曲种, 曲香; 麴), names after a title (酿酒师后永年, 老党员朴永哲). After the rules written from rounds 249–254: Taiwan 191, Hong Kong 190, Simplified 199; 190 and 189 after round 260's, which no longer take 丈夫 as a title (帮丈夫干活) (分层制醅, 药曲里, 老酱工余金发, 曲库, 贮曲, 高温曲, 伏曲, 小曲, 老钟的头发, 老涂卷起, 酿酒师游海波 and 丈夫余长河 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "brewing".
describeReportedRound("round253-brewing.tsv", {
  minEntries: 200,
  floors: { tw: 190, hk: 189, cn: 199 },
  source: /^(?:distilleries|vinegar|soy|starters|cellars|tasting|exports|people)$/u,
  status: /^brewing$/u,
});
