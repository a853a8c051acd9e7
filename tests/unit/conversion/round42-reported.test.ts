/**
 * Round 42 (tests/fixtures/conversion/round42-reported.tsv): 177 conversion errors reported to or
 * fixed by converter maintainers (34 kanasimi/Chinese_converter and 18 CeJS commits, OpenCC,
 * rime-essay, HanLP, hanziconv), none cited by an earlier set; 165 Simplified → Traditional, 12
 * Traditional → Simplified (source ending " (t2s)"). Mostly novel and history prose. Measured
 * 2026-12-06 before any rule was written for it (engine 11fc6f5): Taiwan 94, Hong Kong 94,
 * Simplified 176 of 177 (opencc-js 25, 25, 175); by the report's own direction Simplified → Taiwan 82
 * of 165 (opencc-js 13) and Traditional → Simplified 11 of 12 (10); none broken. After (干嘛, what
 * cannot dry or feels dry, 干忍, eyes 干不干, hair of a shade and loose hair, the five phases' 剋,
 * 落地钟, 纪念钟, 干手器, 干煮, 天克地冲): Simplified → Taiwan 95 of 165. After a second pass on its
 * classes (A-not-A questions read one way: 恶不恶心; 干 of adoptive kin, of weeping dry and before
 * dried food; a counted campaign 三征; a phase or branch overcome or clashed; 钟 alone before a
 * copula or bracket; phrases 液面, 线面, 佛系, 马扎, 一丝一发, 无力回天, 姜酒, 翻卷, 飞卷, 干天和,
 * 不余欺; 一出 opening a clause, 干 of kin before a subject's verb rule, 系一身, 干天和, 对干, a
 * reply awaited 回音, 满血回复; 余 opening a sentence before a name): these are the floors
 * (Simplified → Taiwan 122 of 165).
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round42-reported.tsv", { minEntries: 177, floors: { tw: 141, hk: 141, cn: 176 } });
