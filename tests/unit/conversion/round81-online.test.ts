/**
 * Round 81 (tests/fixtures/conversion/round81-online.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news about social media, online culture and e-commerce. Measured
 * 2026-12-06 before any rule was written for them (engine e05d666, on the helper's columns): Taiwan
 * 188, Hong Kong 188, Simplified 200 (opencc-js 151, 151, 200; 1 broken: 发生台风致, where opencc's 风致
 * took 台风); the review list at risk ≥ 50 named 8 of the 12 wrong Taiwan decisions, with 10 lines
 * that were right. After (点赞 → 讚, 健身达人老范, 追星女孩小郁, 某地面馆, 台风致): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "online".
describeReportedRound("round81-online.tsv", {
  minEntries: 200,
  floors: { tw: 195, hk: 195, cn: 200 },
  source: /^(?:influencers|livestreams|fans|memes|shopping|platforms|factchecks|gaming)$/u,
  status: /^online$/u,
});
