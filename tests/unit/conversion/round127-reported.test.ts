/**
 * Round 127 (tests/fixtures/conversion/round127-reported.tsv): 72 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from book and documentation translations whose
 * Traditional edition was converted from the Simplified and corrected by hand (Python-100-Days and The
 * Rust Programming Language in Taiwan's Chinese, react.dev's zh-hant site, a memorial site's pages); 21
 * rows are errors opencc-js still makes. Measured before any rule was written for it (engine b2e2405):
 * Taiwan 71, Hong Kong 71, Simplified 72 (opencc-js 51, 51, 72), all 21 of those rows right, and one
 * pair opencc-js gets right made wrong (小于等于 小于 大于: 小于 read as a familiar name). After (小于
 * before another comparison): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round127-reported.tsv", { minEntries: 72, floors: { tw: 72, hk: 72, cn: 72 } });
