/**
 * Round 19 (tests/fixtures/conversion/round19-reported.tsv): 113 news-like sentences written around
 * conversion errors reported to OpenCC (issue #258, pull requests #663 and #509, dictionary
 * commits), rime-essay, Fanhuaji, snownlp, hanziconv, tongwen, HanLP and others, each with its
 * source; 69 of them Traditional → Simplified ("(t2s)"). Most are controls: opencc-js gets 92 of
 * 113 right into Taiwan. Measured 2026-12-06 before any rule was written for them (engine 5bbd911):
 * Taiwan 100, Hong Kong 101, Simplified 112, none broken. After the rules written from them
 * (一年半里, 视后, 一川烟草, 余大伯): Taiwan 113, Hong Kong 113, Simplified 112, none broken; these
 * are the floors (a regression test, not held out).
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round19-reported.tsv", { minEntries: 113, floors: { tw: 113, hk: 113, cn: 112 } });
