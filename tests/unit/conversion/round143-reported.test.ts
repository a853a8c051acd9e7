/**
 * Round 143 (tests/fixtures/conversion/round143-reported.tsv): 153 Simplified → Traditional pairs
 * collected 2026-12-07 by a helper session, blind, from a fansub group's published subtitles (喵萌奶茶屋,
 * Nekomoekissaten-SUB/Nekomoekissaten-Storage), whose Traditional files are proofread by hand beside the
 * Simplified ones: colloquial lines, each citing the commit that published it; 98 rows marked as errors
 * opencc-js makes. Measured before any rule was written for it (engine f8efd0d, on the helper's
 * columns): Taiwan 131, Hong Kong 131, Simplified 153 (opencc-js 55, 55, 153), 76 of those 98 rows
 * right, no pair opencc-js gets right made wrong. After (Robota干的吧, 好干的活, 炸不干, 羽毛制的, 大乱斗,
 * 被海流冲到, 冲五分钟, 回复魔术, 被海蜇扎了, 游不了泳, 约翰·范·西蒙斯, 把表戴在手上, 原发色): these are
 * the floors. Left: 往哪游, 花卷 (a character's name), 郁代, 被冲到 with no water named, a stutter
 * (当当当然).
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round143-reported.tsv", { minEntries: 153, floors: { tw: 148, hk: 148, cn: 153 } });
