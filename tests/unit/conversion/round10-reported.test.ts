/**
 * Round 10 (tests/fixtures/conversion/round10-reported.tsv): 103 conversion errors from MediaWiki's
 * conversion fixes, OpenCC's Hong Kong names and other converters' trackers, each with its source,
 * with Taiwan and Hong Kong forms. Measured 2026-12-05 before any rule was written for them:
 * Taiwan 83 (opencc-js 67), Hong Kong 80 (opencc-js 64), Simplified 103; four pairs opencc-js gets
 * right made wrong in each Traditional edition. The rules and phrases written from them since
 * (Taiwan 90, Hong Kong 87, none broken; 92 and 89 with 南京钟山 and 井里汶, 2026-12-06) make these
 * floors: a regression test, not held out.
 */

import { describeReportedRound } from "./support.ts";

describeReportedRound("round10-reported.tsv", { minEntries: 100, floors: { tw: 94, hk: 91, cn: 103 } });
