/**
 * Round 18 (tests/fixtures/conversion/round18-reported.tsv): 169 conversion errors fixed in other
 * converters (64 commits of kanasimi/Chinese_converter, mostly sentences of web novels) or reported
 * to OpenCC, opencc-js, HanLP, hanziconv, tongwen and others, each with its source; 40 of them
 * Traditional → Simplified (source marked "(t2s)"). opencc-js gets 107 of 169 wrong into Taiwan.
 * Measured 2026-12-06 before any rule was written for them (engine 5891112): Taiwan 111, Hong
 * Kong 114, Simplified 166, none broken. After the rules written from them: Taiwan 149, Hong Kong
 * 150, Simplified 169, none broken (151 and 152 with 克制 over STPhrases' 剋制); these are the floors (a
 * regression test, not held out).
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round18-reported.tsv", { minEntries: 169, floors: { tw: 154, hk: 155, cn: 169 } });
