/**
 * Round 115 (tests/fixtures/conversion/round115-reported.tsv): 123 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from game and software localisation files whose
 * Traditional text was converted from the Simplified and later corrected by hand (a Final Fantasy XIV
 * text patch and its error reports, RimWorld's Traditional Chinese, Kenshi, HMCL and others); 58 rows
 * are errors opencc-js still makes. Measured before any rule was written for it (engine 4a88482):
 * Taiwan 105, Hong Kong 105, Simplified 120 (opencc-js 65, 65, 119), 40 of the 58 open; the review
 * list at risk ≥ 50 named 6 of the 19 wrong Taiwan decisions, with 2 lines that were right. After (a
 * chief who sends: 部队长发来; clothes dried: 衣服也差不多干了; 游隼, 咒发, 发翼): these are the floors.
 * Left: 困 of sleepiness and 呆 for 待 (both forms current), 萨雷安制 (a made-up place) and 那只是 of an
 * animal.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round115-reported.tsv", { minEntries: 123, floors: { tw: 115, hk: 115, cn: 120 } });
