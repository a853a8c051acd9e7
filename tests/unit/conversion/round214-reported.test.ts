/**
 * Round 214 (tests/fixtures/conversion/round214-reported.tsv): 56 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from Cantonese speech-transcript projects that
 * convert a model's Simplified output with opencc and fix it by hand or by table
 * (hon9kon9ize/yuesub-api's compared transcripts, TalkBank/batchalign2 and 3's replacement tables;
 * 48 rows written around a table's word, "(own context)"); 36 rows are errors opencc-js still makes.
 * Measured on the engine before every rule written on 2026-12-07 from round 200 on (9078ed8): Taiwan
 * 40, Hong Kong 40, Simplified 55 (opencc-js 20, 20, 55); and on the engine with round 207's Cantonese
 * rules, a held-out test of them: 49, 49, 55. None of the pairs opencc-js gets right made wrong; the
 * review list at risk ≥ 50 named 15 of the 17 wrong Taiwan decisions (9078ed8), with 1 that was right.
 * The misses after round 207's rules: 冲紧凉, 冲咗杯咖啡 (沖), 呢只 (隻), 唔准 (准), 托留学生 (託, left).
 * After the rules written from it: 55, 55, 55, the floors.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round214-reported.tsv", { minEntries: 56, floors: { tw: 55, hk: 55, cn: 55 } });
