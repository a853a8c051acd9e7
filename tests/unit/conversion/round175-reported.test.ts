/**
 * Round 175 (tests/fixtures/conversion/round175-reported.tsv): 40 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from open books whose Traditional editions were
 * converted by machine and then corrected by hand (Vonng/ddia, astaxie/build-web-application-with-
 * golang, doggy8088/typescript-tutorial), each row citing the commit that fixed it; 28 rows are errors
 * opencc-js still makes (了 before 解 or 如, a monotonic clock's 鐘, 日志 split as 當日+志, 只 after
 * 是). Measured on the engine after rounds 168–174's rules (ce1d521), as a held-out test of them:
 * Taiwan 36, Hong Kong 36, Simplified 40 (opencc-js 12, 12, 40), 24 of the 28 right; the review list at
 * risk ≥ 50 named 1 of the 4 wrong Taiwan decisions, with none that was right. After 单调钟 and 了 before
 * 如图: 40, 40, 40, the floors. One row whose 發布/發佈 is divided was dropped after measuring.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round175-reported.tsv", { minEntries: 40, floors: { tw: 40, hk: 40, cn: 40 } });
