/**
 * Round 142 (tests/fixtures/conversion/round142-reported.tsv): 122 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from the phrase fixes of two projects that keep and
 * patch their own copy of OpenCC's STPhrases (laisuk/opencc-fmmseg and laisuk/OpenccNet, 36 commits),
 * each sentence written around the fixed phrase; 80 rows are errors opencc-js still makes. Measured
 * before any rule was written for it (engine f8efd0d): Taiwan 114, Hong Kong 114, Simplified 122
 * (opencc-js 42, 42, 122), 73 of those 80 rows right. After (直发紧, 乱发言论, 一条几公里, 大海里漂流, 向里望):
 * these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round142-reported.tsv", { minEntries: 122, floors: { tw: 122, hk: 122, cn: 122 } });
