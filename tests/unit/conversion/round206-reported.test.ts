/**
 * Round 206 (tests/fixtures/conversion/round206-reported.tsv): 76 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from desktop translation projects whose zh_TW text
 * was converted from zh_CN and fixed by hand (Deepin's applications, Linux Mint's cinnamon-translations,
 * Krita's documentation); most rows written around the fixed word ("(own context)"), 14 of them errors
 * opencc-js still makes. Measured on the engine before its rules (9078ed8), as a held-out test of every
 * rule to round 199: Taiwan 74, Hong Kong 74, Simplified 76 (opencc-js 62, 62, 76), 12 of the 14 right;
 * none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 1 of the 2
 * wrong Taiwan decisions, with none that was right. The misses: 一共三出 at a clause's end (齣), 戴着一块新表
 * (錶). After the rules written from rounds 200–207: 76, 76, 76, the floors.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round206-reported.tsv", { minEntries: 76, floors: { tw: 76, hk: 76, cn: 76 } });
