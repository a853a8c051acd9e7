/**
 * Round 53 (tests/fixtures/conversion/round53-reported.tsv): 152 conversion errors fixed by
 * converter maintainers that no earlier set cites (36 kanasimi/CeJS commits to its correction
 * tables, Chinese_converter, OpenCC and quick-chinese-transfer commits, OpenCC#537), most as short
 * sentences written around the fixed phrase; 133 Simplified → Traditional, 19 Traditional →
 * Simplified (source ending " (t2s)"). Measured 2026-12-06 before any rule was written for it
 * (engine 1258a99, with CeJS's phrases of 2026-08 at ebfd391): Simplified → Taiwan 106 of 133
 * (opencc-js 34), 3 pairs opencc-js gets right made wrong (系起鞋带, 河水冲抵, 想一出是一出);
 * Traditional → Simplified 148 of 152 from the Taiwan column and 16 of 19 from the Hong Kong one.
 * After (干 of a throat, of ironing, of talking oneself dry, of dried sandworms and dry mud; 只 of
 * an animal after 出 or 了; 舍与得; 系起; 喂肥; 演哪出; 托着下巴; water rushing 冲抵; 念在;
 * phrases 姜醋, 姜花, 子姜, 巨钟, 谷粮, 想一出是一出, 共御, 松肩, 身系, 货斗; into Simplified
 * 浬, 吋, 摀, 撢, 簷, 痺 → 里, 寸, 捂, 掸, 檐, 痹): these are the floors (Simplified → Taiwan 129 of
 * 133, none broken). Left: 人才干的事 (人|才干), 回复情况 of a recovery, 别着恼, 干没干 after 他.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round53-reported.tsv", { minEntries: 150, floors: { tw: 139, hk: 138, cn: 152 } });
