/**
 * Round 199 (tests/fixtures/conversion/round199-reported.tsv): 75 pairs (57 Simplified →
 * Traditional, 18 back) collected 2026-12-07 by a helper session, blind, from search and language
 * tools that normalise between the scripts with their own tables (toolgood/ToolGood.Words' table
 * fixes, hankcs/HanLP's issues and commits, NLPchina/ansj_seg, a Cantonese subtitle service's patch
 * of opencc's 系); 25 rows are errors opencc-js still makes. Measured on the engine before its rules
 * (ff7713b), as a held-out test of every rule to round 191: Taiwan 61, Hong Kong 61, Simplified 75
 * (opencc-js 50, 50, 75), 11 of the 25 right; none of the pairs opencc-js gets right made wrong; the
 * review list at risk ≥ 50 named 4 of the 14 wrong Taiwan decisions, with 4 that were right. The
 * misses: Xiamen's 湖里区, 整发 (hair styling), the Cantonese copula 系 (佢系, 你系唔系). After the
 * rules written from rounds 192–199: 75, 75, 75, the floors. Three rows of 穆棱 were dropped (a
 * question of variant forms), noted in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round199-reported.tsv", { minEntries: 75, floors: { tw: 75, hk: 75, cn: 75 } });
