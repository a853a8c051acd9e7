/**
 * Round 41 (tests/fixtures/conversion/round41-health.tsv): 200 sentences written blind by a helper
 * session on health, food safety, science and environment for general readers, 25 each of clinic,
 * hospital, medicine, nutrition, ageing, science, nature and tech-life. Measured 2026-12-06 before
 * any rule was written for them (engine 0823e80): Taiwan 195, Hong Kong 195, Simplified 199
 * (opencc-js 171, 171, 199), one pair opencc-js gets right made wrong (碗盘已经全干了). After (发
 * after a thing ending in 头 getting hot, a soup's surface, what dries, a locative jieba cuts alone
 * after a word: 偏方|里; since round 47, 想像 → 想象 into Simplified): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "health".
describeReportedRound("round41-health.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:clinic|hospital|medicine|nutrition|ageing|science|nature|tech-life)$/u,
  status: /^health$/u,
});
