/**
 * Round 198 (tests/fixtures/conversion/round198-reported.tsv): 120 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from games' fan translations whose Traditional
 * text was converted by machine and fixed by hand (the FFXIV text patch, the Umamusume trainers'
 * translation, Slay the Spire, Stardew Valley, Outer Wilds and others, each row citing the fixing
 * commit); 72 rows are errors opencc-js still makes. Measured on the engine before its rules
 * (ff7713b), as a held-out test of every rule to round 191: Taiwan 90, Hong Kong 90, Simplified 120
 * (opencc-js 48, 48, 120), 47 of the 72 right; five sentences opencc-js gets right made wrong (回复
 * of restoring health twice, 塔里各处, 颜料涂红, 回合并); the review list at risk ≥ 50 named 5 of the
 * 31 wrong Taiwan decisions, with 11 that were right. After the rules written from rounds 192–199:
 * 112, 112, 120 (64 of the 72), the floors. Left: 采夫妇 (the surname 采), 像只, 喂喂 (feeding),
 * 1000 只 after a space, 这里有只.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round198-reported.tsv", { minEntries: 120, floors: { tw: 112, hk: 112, cn: 120 } });
