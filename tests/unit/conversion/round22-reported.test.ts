/**
 * Round 22 (tests/fixtures/conversion/round22-reported.tsv): 172 conversion errors reported to or
 * fixed by converter maintainers (20 commits of kanasimi/Chinese_converter, OpenCC's pull requests,
 * HanLP, opencc-python, jpinyin, tongwentang and others), each with its source; 54 of them
 * Traditional → Simplified, 27 still open upstream. Measured 2026-12-06 before any rule was
 * written for them (engine 88148c4): Taiwan 142, Hong Kong 142, Simplified 163, two pairs
 * opencc-js gets right made wrong (解签, 清纯系美女). After the rules written from them: Taiwan 155,
 * Hong Kong 155, Simplified 169, none broken; these are the floors (a regression test, not held
 * out).
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round22-reported.tsv", { minEntries: 172, floors: { tw: 158, hk: 158, cn: 169 } });
