/**
 * Round 236 (tests/fixtures/conversion/round236-reported.tsv): 95 pairs (87 Simplified → Traditional,
 * 8 Traditional → Simplified) collected 2026-12-07 by a helper session, blind, from language-model and
 * dataset projects that convert Simplified with opencc and fix it by hand or by table (yifor01/auto_blog's
 * fix table, speech-recognition post-processing tables, Umi-OCR#330, GEM-benchmark/NL-Augmenter#256,
 * skishore/inkstone#59, common-voice/common-voice#2585; most rows written around a table's word,
 * "(own context)"); 42 rows are errors opencc-js still makes. Measured on the engine with every rule to
 * round 230 and the name cues of 25e1f14, a held-out test of them, after the gold edit its header notes: Taiwan 85, Hong Kong 85,
 * Simplified 94 (opencc-js 53, 53, 93); of the 42 rows opencc-js gets wrong, 32 right. None of the pairs
 * opencc-js gets right made wrong; the review list at risk ≥ 50 named 7 of the 11 wrong Taiwan decisions,
 * with 5 that were right. The misses: 头发卷卷的 (捲), 老黄发了一条推文 (發), 是只靠 (只), 阿里云百炼 (煉),
 * 全彩显示屏 (彩), 该干的活 (幹), 阿里云云监控 (雲), 加注 of a stake three times (注), and into Simplified 他著有…书籍.
 * After the rules written from it: 95, 95, 95, the floors.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round236-reported.tsv", { minEntries: 95, floors: { tw: 95, hk: 95, cn: 95 } });
