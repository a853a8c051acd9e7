/**
 * Round 12 (tests/fixtures/conversion/round12-reported.tsv): 150 conversion errors that other
 * converters fixed or users reported (kanasimi/CeJS's corrections for novel sentences, MediaWiki's
 * ZhConversion changes as synced into gumblex/zhconv and Gowee/zhconv-rs, OpenCC, sts-lib),
 * each with its source, with Taiwan and Hong Kong forms. opencc-js gets 139 of them wrong.
 * Measured 2026-12-05 before any rule was written for them: Taiwan 77 (opencc-js 11), Hong Kong
 * 78 (11), Simplified 150 (150), none of opencc-js's right pairs made wrong. After the rules
 * written from them: Taiwan 115, Hong Kong 116 (116 and 117 with round 13's; 117 and 118 once jieba knew CC-CEDICT's
 * place names, 湖南岳阳), none broken; these
 * are the floors (a regression test, not held out).
 */

import { describeReportedRound } from "./support.ts";

describeReportedRound("round12-reported.tsv", { minEntries: 150, floors: { tw: 130, hk: 131, cn: 150 } });
