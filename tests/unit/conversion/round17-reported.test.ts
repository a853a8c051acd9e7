/**
 * Round 17 (tests/fixtures/conversion/round17-reported.tsv): 77 conversion errors reported to
 * converters' trackers (BYVoid/OpenCC issues and unmerged pull requests, Vonng/ddia, zhconverter,
 * rime and others; 6 still open upstream) or fixed in dictionaries (OpenCC, Chinese_converter),
 * each with its source; 33 of them Traditional → Simplified errors (source marked "(t2s)": the
 * Taiwan text into the Simplified edition). opencc-js gets 33 of 77 wrong into Taiwan and 16 into
 * Simplified. Measured 2026-12-06 before any rule was written for them (engine 9167a4a): Taiwan 66,
 * Hong Kong 66, Simplified 69, none broken. After the rules written from them: Taiwan 73, Hong
 * Kong 73, Simplified 74, none broken; 75, 75 and 74 on 2026-12-07 (含情欲说, with round 137's rules);
 * these are the floors (a regression test, not held out).
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round17-reported.tsv", { minEntries: 77, floors: { tw: 75, hk: 75, cn: 74 } });
