/**
 * Round 15 (tests/fixtures/conversion/round15-reported.tsv): 110 conversion errors that
 * kanasimi/Chinese_converter and kanasimi/CeJS corrected (each the sentence the fix was made for),
 * with Taiwan and Hong Kong forms; opencc-js gets all of them wrong. Measured 2026-12-06 before any
 * rule was written for them (engine 68ff646): Taiwan 38, Hong Kong 38, Simplified 110, none broken;
 * the review list named 34 of the 74 wrong Taiwan decisions with no false alarm. After the rules
 * written from them: Taiwan 83, Hong Kong 83 (85 once three of those rules, which never fired in
 * their own examples, were fixed, 2026-12-06), none broken; these are the floors (a regression
 * test, not held out).
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round15-reported.tsv", { minEntries: 110, floors: { tw: 91, hk: 91, cn: 110 } });
