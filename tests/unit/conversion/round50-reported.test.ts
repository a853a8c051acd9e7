/**
 * Round 50 (tests/fixtures/conversion/round50-reported.tsv): 160 conversion errors reported to or
 * fixed by converter maintainers that no earlier set cites (94 of Fanhuaji's regression phrases as
 * danny0838/sts-lib added them, 26 kanasimi/Chinese_converter test sentences, sts-lib's dictionary
 * fixes, OpenCC issues and seven other trackers); 151 Simplified → Traditional, 9 Traditional →
 * Simplified (source ending " (t2s)"). Measured 2026-12-06 before any rule was written for it:
 * Simplified → Taiwan 106 of 151 on the engine this stop began with (37bacdf), 117 after rounds
 * 42–49 (9a48b0d), 125 with CeJS's phrases (1e91464; opencc-js 58), 3 pairs opencc-js gets right
 * made wrong; Traditional → Simplified 160 of 160. After (restoring to a peak, feeding grain, 干
 * of a dry texture, of a toast, of dry wood (干 names a person only where jieba knows the name),
 * 那趟船只, a shop's noodles and noodles portioned, inside the body or a cupboard, a name ending
 * in 克 before 死, 搞一出, 现行犯冲出来, 海浪能卷, phrases 一出出, 密码表, 问准, 塔里克):
 * these are the floors (Simplified → Taiwan 143 of 151). Left: 湖里区 (OpenCC#877 writes 湖裡區), 发布 (Fanhuaji's 發布 against
 * opencc's 發佈, house style), 游刃有余 (disputed), 采干, 回天 of returning to heaven, 划啊划,
 * 会合并在.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round50-reported.tsv", { minEntries: 160, floors: { tw: 152, hk: 152, cn: 160 } });
