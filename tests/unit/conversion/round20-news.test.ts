/**
 * Round 20 (tests/fixtures/conversion/round20-news.tsv): 200 news sentences written blind by a
 * helper session (120 of Hong Kong news, 80 of Taiwan news), each holding a one-to-many
 * character, with the Taiwan and Hong Kong forms their papers print; not reported errors, so
 * opencc-js gets most right (182 into Taiwan). Measured 2026-12-06 before any rule was written for
 * them (engine 1139a7b): Taiwan 194, Hong Kong 197, Simplified 200, none broken. After (回归 → 回歸,
 * 私烟, Hong Kong's 覆診): Taiwan 196, Hong Kong 199, Simplified 200; these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the topic (hk-courts, tw-politics, finance); every status is "news".
describeReportedRound("round20-news.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 200, cn: 200 },
  source: /^(?:(?:hk|tw)-)?[a-z]+$/u,
  status: /^news$/u,
});
