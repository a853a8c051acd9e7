/**
 * Round 266 (tests/fixtures/conversion/round266-chips.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on semiconductors and electronics manufacturing (fabs, process nodes, panels, phones, servers, supply chains, export controls) (fabs, processes, panels, phones, servers, supply, controls, people). Measured 2026-12-07 on the
 * engine with every rule to round 265 (0bbfe33), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 184, Hong Kong 184, Simplified 200 (opencc-js 79, 79, 200); one pair opencc-js gets right made wrong (工作之余，钟立新喜欢研究钟表: round 250's bell rule before a name jieba reads as an adverb); the review list at risk ≥ 50 named 7 of the 16 wrong Taiwan decisions, with 3 that were right. The misses: dry processes (干膜, 干刻: 乾), 发力 after 龙头 and 源头 (發, not 头发), weeks counted (从四周延长: 週). After the rules written from rounds 266–270: Taiwan 190, Hong Kong 190, Simplified 200 (里水镇, 采访余德胜, 经理沈阳明, 老板卡, 自制, 工程师朴在勋, 工程师周一航, 小游, 后晓光 and 范文斌 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "chips".
describeReportedRound("round266-chips.tsv", {
  minEntries: 200,
  floors: { tw: 190, hk: 190, cn: 200 },
  source: /^(?:fabs|processes|panels|phones|servers|supply|controls|people)$/u,
  status: /^chips$/u,
});
