/**
 * Round 258 (tests/fixtures/conversion/round258-towns.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on ancient towns and old streets (restoration, temples and opera stages, snacks, tourism, residents, crafts) (restoration, temples, stages, snacks, tourism, residents, crafts, people). Measured 2026-12-07 on the
 * engine with every rule to round 254 (23ca831), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 191, Hong Kong 191, Simplified 200 (opencc-js 121, 121, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 6 of the 10 wrong Taiwan decisions, with 11 that were right. The misses: 几经修改 (幾; 案几 across the words), 编制竹篮, 刨制 (製), names after a title (老艺人后金宝, 老邮差余长顺, 老队长占德明). After the rules written from rounds 255–260: Taiwan 194, Hong Kong 194, Simplified 200 (每一只斗, 老艺人后金宝, 老戏迷游德顺, 老邮差余长顺, 文史专家涂永年 and 老队长占德明 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "towns".
describeReportedRound("round258-towns.tsv", {
  minEntries: 200,
  floors: { tw: 194, hk: 194, cn: 200 },
  source: /^(?:restoration|temples|stages|snacks|tourism|residents|crafts|people)$/u,
  status: /^towns$/u,
});
