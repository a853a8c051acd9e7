/**
 * Round 161 (tests/fixtures/conversion/round161-reported.tsv): 20 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from lyrics and a web novel kept by people in
 * both scripts (amll-dev/amll-ttml-db, ZEROINININIo/time-before): 3 lines as published and 17
 * sentences written around their words (the tips of hair, 髮端, beside 發端 of an origin; a watch's
 * 錶蓋); 12 rows are errors opencc-js still makes. Measured before any rule was written from it
 * (38a3374): Taiwan 11, Hong Kong 11, Simplified 20 (opencc-js 8, 8, 20), 3 of the 12 right. After
 * the rules written from rounds 155–162: 20, 20, 20, the floors. A small set of one class, kept for
 * that class.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round161-reported.tsv", { minEntries: 20, floors: { tw: 20, hk: 20, cn: 20 } });
