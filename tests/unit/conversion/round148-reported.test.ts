/**
 * Round 148 (tests/fixtures/conversion/round148-reported.tsv): 61 pairs (58 Simplified → Traditional,
 * 3 Traditional → Simplified) collected 2026-12-07 by a helper session, blind, from the phrase tables
 * of converters that patch their own copy (a Firefox converter's guards against over-conversion, an
 * OpenCC fork following China's standard of Traditional characters, opencc4j and others), each sentence
 * written around the fixed phrase; 38 rows are errors opencc-js still makes. Measured before any rule
 * was written for it (engine f8efd0d): Taiwan 47, Hong Kong 47, Simplified 61 (opencc-js 23, 23, 61), 24
 * of those 38 rows right. After (愈卷愈大, 卷电线, 咽回, 把姜去皮, 托古, 松肘, 松骨, 欲舍, 毛制, 涂制, 星发):
 * these are the floors; 借孔子之名 (藉 here), 并发布 (發佈 here) and 乱哄哄, 闹哄哄 (OpenCC#1031 writes
 * 鬨鬨) are left as disputed.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round148-reported.tsv", { minEntries: 61, floors: { tw: 57, hk: 57, cn: 61 } });
