/**
 * Round 149 (tests/fixtures/conversion/round149-reported.tsv): 66 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from Traditional text proofread by hand beside its
 * Simplified original (a Star Trek fansub's subtitles, a memorial wiki's pages and their later fixes);
 * 31 rows are errors opencc-js still makes. Measured before any rule was written for it (engine
 * f8efd0d): Taiwan 56, Hong Kong 55, Simplified 66 (opencc-js 35, 35, 65), 21 of those 31 rows right.
 * After: these are the floors; names the wiki writes with 里, 夸 and 面 (琴里, 夸西, 面码), 余华 with no title
 * before it, and 克 of a made-up game are left.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round149-reported.tsv", { minEntries: 66, floors: { tw: 56, hk: 56, cn: 66 } });
