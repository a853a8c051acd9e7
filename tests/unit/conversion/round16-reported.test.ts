/**
 * Round 16 (tests/fixtures/conversion/round16-reported.tsv): 148 conversion errors reported to
 * converters' trackers (OpenCC, rime-ice, rime-essay, ddia, quick-chinese-transfer and others; 25
 * still open upstream) or fixed in their dictionaries (rime/brise, Chinese_converter, OpenCC),
 * each with its source, with Taiwan and Hong Kong forms; opencc-js gets 100 of them wrong (48
 * controls it gets right, each from a report about it). Measured 2026-12-06 before any rule was
 * written for them (engine f43df78): Taiwan 112 (opencc-js 48), Hong Kong 112 (48), Simplified
 * 147 (147), 18 of the 25 open ones, none broken; the review list (risk >= 50) named 8 of the 36
 * wrong Taiwan decisions with 4 false alarms. After the rules written from them: Taiwan 134, Hong
 * Kong 134, Simplified 148, all 25 open ones, none broken (135 and 135 with round 18's); these are the floors (a regression
 * test, not held out).
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round16-reported.tsv", { minEntries: 148, floors: { tw: 137, hk: 137, cn: 148 } });
