/**
 * Round 126 (tests/fixtures/conversion/round126-reported.tsv): 83 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from software and game localisation corrected by
 * hand (v2rayN, AzurLaneAutoScript, StarRailCopilot, Magpie, KernelSU, legado, rustdesk, a Minecraft
 * mod pack and others); only 5 rows are errors opencc-js still makes, the rest fixes it already gets
 * right (controls). Measured before any rule was written for it (engine b2e2405): Taiwan 83, Hong Kong
 * 83, Simplified 82 (opencc-js 78, 78, 78); the review list at risk ≥ 50 listed 4 right decisions and
 * no wrong one. No rule was written from it: these are the floors.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round126-reported.tsv", { minEntries: 83, floors: { tw: 83, hk: 83, cn: 82 } });
