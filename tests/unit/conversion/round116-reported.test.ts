/**
 * Round 116 (tests/fixtures/conversion/round116-reported.tsv): 81 pairs (67 Simplified → Traditional,
 * 14 Traditional → Simplified) collected 2026-12-07 by a helper session, blind, from converter issue
 * threads no earlier set cites (OpenCC #890, #591, #995, #536, PR #1455 and others; 28 rows still
 * open upstream). Measured before any rule was written for it (engine 4a88482): Taiwan 73, Hong Kong
 * 72, Simplified 75 (opencc-js 64, 57, 75); of the 28 open upstream, Taiwan 21 (opencc-js 12); the
 * review list at risk ≥ 50 named none of the 7 wrong Taiwan decisions (all 文丑 of the general) and
 * listed no right one. After (the general 文醜 beside his story, 藉 of a mat and 名覆金甌 from
 * Traditional): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round116-reported.tsv", { minEntries: 81, floors: { tw: 80, hk: 79, cn: 81 } });
