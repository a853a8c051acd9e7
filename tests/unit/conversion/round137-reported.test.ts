/**
 * Round 137 (tests/fixtures/conversion/round137-reported.tsv): 80 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from hand corrections of generated Traditional text
 * in dictionary and poetry data (chinese-poetry's Song lyrics, 百家姓, 千字文 and 唐诗三百首; rime's
 * terra-pinyin word forms); 21 rows are errors opencc-js still makes. Measured before any rule was
 * written for it (engine f8efd0d): Taiwan 63, Hong Kong 63, Simplified 78 (opencc-js 59, 59, 78), 4 of
 * those 21 rows right, no pair opencc-js gets right made wrong. After (the Kunlun's 崑 in 昆冈 and
 * 西昆体, 后 of after in poetry's parallels and before 千载, 含情欲说, 曲糵, 无顾藉): these are the
 * floors. Left: 歌后 and 皇后苑 read as after, 百家姓's lines of surnames, 千字文's 戚 (慼), and
 * 幺麽 (the source writes 幺么; 现代汉语词典 keeps 麽 for mó).
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round137-reported.tsv", { minEntries: 80, floors: { tw: 75, hk: 75, cn: 79 } });
