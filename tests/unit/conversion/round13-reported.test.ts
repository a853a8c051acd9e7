/**
 * Round 13 (tests/fixtures/conversion/round13-reported.tsv): 192 conversion errors other
 * converters fixed (kanasimi/CeJS and kanasimi/Chinese_converter's corrections, MediaWiki's
 * ZhConversion and CGroup changes as synced into Gowee/zhconv-rs and gumblex/zhconv, rime-essay,
 * tongwen-dict), each with its source, with Taiwan and Hong Kong forms; opencc-js gets 188 of
 * them wrong in Taiwan. Measured 2026-12-05 before any rule was written for them: Taiwan 93
 * (opencc-js 4), Hong Kong 95 (6), Simplified 192 (192); one pair opencc-js gets right made wrong
 * (里希·苏纳克). After the rules written from them: Taiwan 139, Hong Kong 141 (140 and 142 with
 * round 16's 娘 of Taiwan and Hong Kong, 2026-12-06; 141 and 143 with round 18's, 142 and 144
 * with 回歸, 2026-12-06), none broken; these
 * are the floors (a regression test, not held out).
 */

import { describeReportedRound } from "./support.ts";

describeReportedRound("round13-reported.tsv", { minEntries: 190, floors: { tw: 159, hk: 161, cn: 192 } });
