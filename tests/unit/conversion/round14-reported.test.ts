/**
 * Round 14 (tests/fixtures/conversion/round14-reported.tsv): 194 conversion errors other
 * converters fixed or users reported (kanasimi/Chinese_converter and kanasimi/CeJS's corrections,
 * the patch list of Vonng/ddia's Taiwan edition, OpenCC#93, opencc-python#13 and others), each with
 * its source, with Taiwan and Hong Kong forms; opencc-js gets 181 of them wrong. Measured
 * 2026-12-05 before any rule was written for them: Taiwan 81 (opencc-js 13), Hong Kong 81 (13),
 * Simplified 194 (194); one pair opencc-js gets right made wrong (任务签). After the rules written
 * from them: Taiwan 141, Hong Kong 141 (142 with round 15's, 144 once the rules' note examples
 * were checked, 2026-12-06), none broken; these are the floors (a regression test, not held out).
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round14-reported.tsv", { minEntries: 190, floors: { tw: 156, hk: 156, cn: 194 } });
