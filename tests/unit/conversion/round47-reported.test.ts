/**
 * Round 47 (tests/fixtures/conversion/round47-reported.tsv): 160 conversion errors reported to or
 * fixed by converter maintainers that no earlier set cites (129 kanasimi/Chinese_converter test
 * sentences, 22 CeJS correction-table commits, OpenCC commits and one line each from six other
 * trackers); 148 Simplified → Traditional, 12 Traditional → Simplified (source ending " (t2s)").
 * Measured 2026-12-06 before any rule was written for it (engine 4fcc9a4): Simplified → Taiwan 99 of
 * 148 (opencc-js 33), 1 pair opencc-js gets right made wrong (方便面团, since its gold was corrected
 * to OpenCC's own 麪糰: see the fixture's header); Traditional → Simplified 159 of 160 from the
 * Taiwan column (opencc-js 158). After (干 of a stream, 发 after 头 where jieba joins 头发, 面 of a
 * face, 只 after a vessel or counting an animal with its numeral left out, a queen made or ranked,
 * flushing and rain's 冲, 舍 given up or rounded off, 喂 called or fed, 系过, 多出戏, clouds in the
 * sky, 多少里, signing a name, a like, ginger grown, 于姓, 无须男子, 干饭 of eating heartily,
 * restoring the spirit, swimming strokes, prohibitions 不准买, rowing 划龙舟, 想像 → 想象, phrases
 * 冲昏头脑, 切制, 日入斗金, 巨鹿, 自愈, 别扭伤, 无面人, 宽条面): these are the floors (Simplified →
 * Taiwan 142 of 148). Left: 橘子…干掉了 (drying up), 关系统整, 游刃有余 (round 31's gold writes 遊刃,
 * the Ministry of Education's idiom dictionary's form), 向导向导演, 会合并在.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round47-reported.tsv", { minEntries: 160, floors: { tw: 154, hk: 153, cn: 160 } });
