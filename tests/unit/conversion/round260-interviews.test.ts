/**
 * Round 260 (tests/fixtures/conversion/round260-interviews.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on spoken quotations of workers, farmers, shopkeepers, students and retirees (workers, farmers, shopkeepers, students, retirees, families, money, hometowns). Measured 2026-12-07 on the
 * engine with every rule to round 254 (23ca831), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 185, Hong Kong 185, Simplified 200 (opencc-js 108, 108, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 8 of the 15 wrong Taiwan decisions, with 7 that were right. The misses: a speaker after a noun for who they are (湖南人郁志军说, 年轻妈妈干露说, 体育特长生占天宇说), 老钟 a clock or a person, 困 of sleep. After the rules written from rounds 255–260: Taiwan 190, Hong Kong 190, Simplified 200 (老钟 three times, “姜要种在, 困是真困, 小于说, 下点面, 党家的小, 外卖员岳明说着 and 生意的钟永利说 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "interviews".
describeReportedRound("round260-interviews.tsv", {
  minEntries: 200,
  floors: { tw: 190, hk: 190, cn: 200 },
  source: /^(?:workers|farmers|shopkeepers|students|retirees|families|money|hometowns)$/u,
  status: /^interviews$/u,
});
