/**
 * Round 68 (tests/fixtures/conversion/round68-government.tsv): 200 sentences written blind by a
 * helper session in the style of mainland government, legal and political reporting (policy,
 * legislature, courts, discipline, diplomacy, local, elections-overseas, history-anniversaries).
 * Measured 2026-12-06 before any rule was written for them (engine 5e049dc, on the helper's
 * columns): Taiwan 195, Hong Kong 195, Simplified 200 (opencc-js 172, 170, 200); the review list at
 * risk ≥ 50 named 3 of the 5 wrong Taiwan decisions, with 1 line that was right. After (系累犯,
 * 舍小家为大家, 扶贫干部小于): these are the floors. Gold edits after measuring, if any, are in the fixture's
 * header. Left: 于建军 after 副主任 where jieba reads 于 as the preposition before 建军|带队, 岳国庆 after 代表.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "government".
describeReportedRound("round68-government.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:policy|legislature|courts|discipline|diplomacy|local|elections-overseas|history-anniversaries)$/u,
  status: /^government$/u,
});
