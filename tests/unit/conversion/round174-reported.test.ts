/**
 * Round 174 (tests/fixtures/conversion/round174-reported.tsv): 147 pairs (143 Simplified →
 * Traditional, 4 back) collected 2026-12-07 by a helper session, blind, from converters that turn
 * web pages for readers: chiefly the test sentences a native fork of New Tong Wen Tang
 * (tgckpg/New-Tongwentang-Native) added with each fix, Simplified input beside the hand-corrected
 * Traditional (web-novel prose), and a few phrase-table fixes of the Firefox extension, a
 * userscript and a Chrome extension; 95 rows are errors opencc-js still makes. Measured on the
 * engine after rounds 163–167's rules (a593083), as a held-out test of them: Taiwan 125, Hong Kong
 * 125, Simplified 146 (opencc-js 53, 53, 145), 73 of the 95 right; the review list at risk ≥ 50
 * named 11 of the 24 wrong Taiwan decisions, with 9 that were right. After the rules written from
 * rounds 168–174: 146, 145, 146 (94 of the 95), the floors.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round174-reported.tsv", { minEntries: 147, floors: { tw: 146, hk: 145, cn: 146 } });
