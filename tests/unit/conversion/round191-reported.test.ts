/**
 * Round 191 (tests/fixtures/conversion/round191-reported.tsv): 123 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from sites and plugins that publish pages
 * converted by opencc and keep their own table of fixes (a podcast digest's and a blog's
 * `tw.py`-style tables, krahets/hello-algo's and yingang/aposd2e-zh's hand fixes, project-trans'
 * wiki pages); 80 rows are errors opencc-js still makes. Measured on the engine before its rules
 * (4a1e922), as a held-out test of every rule to round 183: Taiwan 114, Hong Kong 114, Simplified
 * 123 (opencc-js 43, 43, 123), 71 of the 80 right; none of the pairs opencc-js gets right made
 * wrong; the review list at risk ≥ 50 named 1 of the 9 wrong Taiwan decisions, with 4 that were
 * right. After the rules written from rounds 184–191: 120, 120, 123 (77 of the 80), the floors.
 * Left: 余 the classical first person (为余谋, 余存心济世). Gold edits (令人髮指, 發佈) are noted in
 * the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round191-reported.tsv", { minEntries: 123, floors: { tw: 120, hk: 120, cn: 123 } });
