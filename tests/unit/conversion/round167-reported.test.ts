/**
 * Round 167 (tests/fixtures/conversion/round167-reported.tsv): 42 pairs (40 Simplified →
 * Traditional, 2 back) collected 2026-12-07 by a helper session, blind, from applications that
 * convert lyrics and subtitles for their users (lx-music-desktop#682 and its fix, Lyricify, a
 * KanColle subtitle plugin, Transub, danmu_api); most sentences written around the reported words;
 * the 14 rows opencc-js still gets wrong are all 只 of "only" after 是 or 这/那 (是只有, 那只会). Measured on
 * the engine after rounds 155–162's rules (2f00b71), as a held-out test of them: Taiwan 40, Hong
 * Kong 41, Simplified 42 (opencc-js 27, 28, 42), 13 of the 14 right. After the phrase 是只属于: 41, 42,
 * 42, the floors.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round167-reported.tsv", { minEntries: 42, floors: { tw: 41, hk: 42, cn: 42 } });
