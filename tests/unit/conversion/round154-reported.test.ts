/**
 * Round 154 (tests/fixtures/conversion/round154-reported.tsv): 50 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from a fansub group's hand-kept Traditional
 * subtitle files (on-screen text, credits and lyrics of Kitauji-Sub's releases), 5 lines as published
 * and 45 sentences written around the same words; 27 rows are errors opencc-js still makes. Measured on
 * the engine after rounds 132–149's rules (e669a42), as a held-out test of them: Taiwan 42, Hong Kong
 * 42, Simplified 50 (opencc-js 23, 23, 50), 19 of those 27 rows right. No rule was written from it: the
 * floors are those figures. The misses: 压制 of video encoding (壓製), 说不准 of "not allowed" before a
 * verb, 台球杆.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round154-reported.tsv", { minEntries: 50, floors: { tw: 42, hk: 42, cn: 50 } });
