/**
 * Round 207 (tests/fixtures/conversion/round207-reported.tsv): 67 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from Cantonese resources whose Traditional text
 * was machine-converted and fixed by hand (CanCLID/sentences' reviewed chat corpus, yuetyam/jyutping's
 * lexicon and smaller dictionaries); 43 rows are errors opencc-js still makes. Measured on the engine
 * before its rules (9078ed8), as a held-out test of every rule to round 199: Taiwan 30, Hong Kong 30,
 * Simplified 64 (opencc-js 24, 24, 64); none of the pairs opencc-js gets right made wrong; the review
 * list at risk ≥ 50 named 29 of the 38 wrong Taiwan decisions, with none that was right. The misses:
 * the Cantonese copula 系 after any word (老鼠街系卖…嘅) and in 定系, 净系, the classifier 只 (畀只),
 * 点下赞, 眼都蒙, place names and words of its lexicon (钟落潭, 墨西哥卷, 姜酌, 冇厘, 扎马). After the
 * rules written from rounds 200–207: 64, 64, 64, the floors (left: 郁 of moving and 只狗 in sentences
 * without a Cantonese particle; 嗰 into Simplified as opencc-js writes it).
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round207-reported.tsv", { minEntries: 67, floors: { tw: 64, hk: 64, cn: 64 } });
