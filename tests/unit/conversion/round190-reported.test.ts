/**
 * Round 190 (tests/fixtures/conversion/round190-reported.tsv): 124 pairs (117 Simplified →
 * Traditional, 7 back) collected 2026-12-07 by a helper session, blind, from font projects that
 * render Simplified text as Traditional glyphs: the context rules and phrase lists GuiWonder's fonts
 * and font generator (Shanggu, HuayingMincho, TCFontCreator) fixed commit by commit, FanWunMing's
 * test page, and two hand-fixed Traditional READMEs; 72 rows are errors opencc-js still makes.
 * Measured on the engine before its rules (4a1e922), as a held-out test of every rule to round 183:
 * Taiwan 96, Hong Kong 95, Simplified 124 (opencc-js 52, 51, 124), 54 of the 72 right; ten
 * sentences opencc-js gets right made wrong (发小 read 髮小 by CC-CEDICT, also in 发小广告; 松赞干布;
 * 那台风炉; 这个库里); the review list at risk ≥ 50 named 5 of the 29 wrong Taiwan decisions, with 7
 * that were right. After the rules written from rounds 184–191: 122, 121, 124 (70 of the 72), the
 * floors. Gold edit: 發布 → 發佈 in two rows (house style), noted in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round190-reported.tsv", { minEntries: 124, floors: { tw: 122, hk: 121, cn: 124 } });
