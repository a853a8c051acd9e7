/**
 * Round 242 (tests/fixtures/conversion/round242-reported.tsv): 146 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from classical-text projects whose Traditional
 * edition was converted by machine and proofread by hand (Ancient-China-Books/guwenguanzhi's 勘誤
 * issues, its proofreading commits and pull request #13, Ancient-China-Books/sikutiyao, meetqy/aspoem#108);
 * 99 rows are errors opencc-js still makes. Measured on the engine with every rule to round 236
 * (5b86991), a held-out test: Taiwan 61, Hong Kong 60, Simplified 145 (opencc-js 47, 46, 145); of the
 * 99 rows opencc-js gets wrong, 18 right; four pairs opencc-js gets right made wrong in both editions
 * (于 read as a surname in 卜地于州城, 并及于母, 于王李钟谭余派, and 被发下大荒 read 發 by the phrase 发下);
 * the review list at risk ≥ 50 named 13 of 92 wrong Taiwan decisions, with 10 that were right. The
 * misses were mostly the classical register: 余 of "I", 云 of "say", 后 of a queen, 咸 of "all", 御 of
 * resisting, 吊 of mourning, 谷 of grain, 里 of a village. After the rules written from it: 120, 119,
 * 145 (73 of the 99), the floors.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round242-reported.tsv", { minEntries: 146, floors: { tw: 120, hk: 119, cn: 145 } });
