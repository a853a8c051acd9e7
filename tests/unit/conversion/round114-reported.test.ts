/**
 * Round 114 (tests/fixtures/conversion/round114-reported.tsv): 82 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from documentation and course translations whose
 * Traditional edition was converted from the Simplified and later corrected by hand (an AI-agent book,
 * freeCodeCamp's curriculum, a web framework's site, opensource.guide and others); 30 rows are errors
 * opencc-js still makes. Measured before any rule was written for it (engine 4a88482): Taiwan 79, Hong
 * Kong 79, Simplified 82 (opencc-js 52, 52, 82), 27 of the 30 open; the review list at risk ≥ 50 named
 * none of the 3 wrong Taiwan decisions, with 5 lines that were right. After (只读 of read-only): these
 * are the floors. Left as variants or names: 銷燬/銷毀 (opencc's STPhrases write 銷燬) and 李博杰.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round114-reported.tsv", { minEntries: 82, floors: { tw: 80, hk: 80, cn: 82 } });
