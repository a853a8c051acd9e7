/**
 * Round 130 (tests/fixtures/conversion/round130-forestry.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on forests, timber, paper and woodworking (forests, timber,
 * furniture, paper, pests, parks, policy, people). Measured 2026-12-07 before any rule was written for
 * them (engine b2e2405, on the helper's columns): Taiwan 196, Hong Kong 196, Simplified 200 (opencc-js
 * 168, 168, 200), one pair opencc-js gets right made wrong (游步道 read as a name); the review list at
 * risk ≥ 50 named 1 of the 4 wrong Taiwan decisions, with 4 lines that were right. After (游步道 as a
 * jieba word, 叫他干总, 林长须 of must, 小钟大学毕业后): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "forestry".
describeReportedRound("round130-forestry.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:forests|timber|furniture|paper|pests|parks|policy|people)$/u,
  status: /^forestry$/u,
});
