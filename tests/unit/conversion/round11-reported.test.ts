/**
 * Round 11 (tests/fixtures/conversion/round11-reported.tsv): 111 conversion errors reported to
 * OpenCC (the 新同文堂 comparison of #58, #257, #1119), gumblex/zhconv and fixed in OpenCC's
 * STPhrases history, each with its source, with Taiwan and Hong Kong forms. Measured 2026-12-05
 * before any rule was written for them: Taiwan 98 (opencc-js 99), Hong Kong 98 (99), Simplified
 * 108 (108); four pairs opencc-js gets right made wrong in each Traditional edition (the
 * word-boundary rule refusing 亮发, 猛卷; rules taking 页签 and 加氢精制). The rules and the phrase
 * written from them since (Taiwan 108, Hong Kong 108, none broken) make these floors: a regression
 * test, not held out.
 */

import { describeReportedRound } from "./support.ts";

describeReportedRound("round11-reported.tsv", { minEntries: 110, floors: { tw: 109, hk: 109, cn: 108 } });
