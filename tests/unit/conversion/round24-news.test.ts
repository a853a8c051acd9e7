/**
 * Round 24 (tests/fixtures/conversion/round24-news.tsv): 200 news sentences written blind by a
 * helper session in Traditional as Taiwan (80), Hong Kong (80) and Macau (40) papers print them,
 * with the Simplified a mainland editor prints: the Simplified edition of Traditional articles
 * (著, 乾, 藉, 瞭, 祇, 甚麼, 部份, 覆 of doing again, surnames 於, 鍾, 余). Measured 2026-12-06
 * before any rule was written for them (engine 3e47d8b): Simplified 191, Taiwan 158, Hong Kong
 * 153, none broken (into Taiwan and Hong Kong most misses are the writer's own choices: 台/臺,
 * 週/周, 藉由, 甚麼). After: Simplified 199 (身分證 → 身份证 is left: an earlier sourced pair keeps
 * 身分), Taiwan 163, Hong Kong 158; these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the desk and topic (tw-politics, hk-courts, mo-local); every status is "news".
describeReportedRound("round24-news.tsv", {
  minEntries: 200,
  floors: { tw: 163, hk: 158, cn: 199 },
  source: /^(?:tw|hk|mo)-[a-z]+$/u,
  status: /^news$/u,
});
