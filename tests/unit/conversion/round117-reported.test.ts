/**
 * Round 117 (tests/fixtures/conversion/round117-reported.tsv): 91 pairs (74 Simplified → Traditional,
 * 17 Traditional → Simplified) collected 2026-12-07 by a helper session, blind, from the word lists and
 * fixes of a converting userscript (hoothin/UserScripts), a novel reader, rime-cantonese and an e-book
 * plugin; 53 rows still open upstream. Measured before any rule was written for it (engine 4a88482):
 * Taiwan 79, Hong Kong 79, Simplified 90 (opencc-js 52, 52, 76); of the 53 open upstream, Taiwan 41
 * (opencc-js 14); the review list at risk ≥ 50 named 3 of the 12 wrong Taiwan decisions, with 1 line
 * that was right. After (老么, 花游, 复胃, 窗明几洁, 老坛酸菜, 姆万扎, 校历, 干你的事): these are the floors.
 * Left as disputed: 冲压, 冲床, 冲模 (Taiwan's trade writes 沖 as opencc does; the set's source 衝), 伤愈
 * (傷愈 in rounds 23, 34, 66 and 80, 傷癒 here) and 老么 into Simplified (老幺 is the standard's form).
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round117-reported.tsv", { minEntries: 91, floors: { tw: 87, hk: 87, cn: 90 } });
