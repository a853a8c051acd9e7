/**
 * Round 136 (tests/fixtures/conversion/round136-reported.tsv): 49 pairs (43 Simplified → Traditional,
 * 6 Traditional → Simplified) collected 2026-12-07 by a helper session, blind, from converter-embedding
 * tools' issues and commits (a userscript's conversion tables, inkstone, makemeahanzi, an Anki add-on,
 * a blog theme's embedded converter, OpenCC#590); each sentence written around the reported word; 13
 * rows are errors opencc-js still makes. Measured before any rule was written for it (engine f8efd0d):
 * Taiwan 46, Hong Kong 46, Simplified 48 (opencc-js 36, 36, 48), 10 of those 13 rows right, no pair
 * opencc-js gets right made wrong. After (由本厂自制, 裤子干了没): these are the floors; 台历 (檯曆 in
 * newsprint, 臺曆 in the source) is left.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round136-reported.tsv", { minEntries: 49, floors: { tw: 48, hk: 48, cn: 49 } });
