/**
 * Round 74 (tests/fixtures/conversion/round74-locals.tsv): 200 sentences written blind by a helper
 * session in the style of mainland local news about ordinary people (volunteers, delivery riders,
 * shopkeepers, villagers, neighbours, retirees, workers, community events), most rows naming people
 * whose surnames are also ordinary characters. Measured 2026-12-06 before any rule was written for
 * them (engine a271e83, on the helper's columns): Taiwan 182, Hong Kong 182, Simplified 200
 * (opencc-js 96, 96, 200; 1 broken: 公园里拉二胡, where opencc's 里拉 took 里); the review list at risk ≥ 50
 * named 10 of the 19 wrong Taiwan decisions, with 5 lines that were right. After (names after 村医,
 * 司机, 老板 and a given name many people bear, 于建国给, 涂建国每周六; 老范报名, 小钟陪奶奶, 食堂阿姨姜桂芳; 喂流浪猫, 下摆了, 不准闯红灯,
 * 冲了一杯感冒药): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "locals".
describeReportedRound("round74-locals.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:volunteers|delivery|shops|villages|neighbours|retirees|workers|events)$/u,
  status: /^locals$/u,
});
