/**
 * Round 66 (tests/fixtures/conversion/round66-sports.tsv): 200 sentences written blind by a helper
 * session in the style of mainland sports and outdoor reporting (football, basketball, athletics,
 * water, winter, combat, outdoor, fitness). Measured 2026-12-06 before any rule was written for
 * them (engine 5e049dc, on the helper's columns): Taiwan 195, Hong Kong 194, Simplified 200
 * (opencc-js 178, 178, 200); the review list at risk ≥ 50 named 3 of the 5 wrong Taiwan decisions,
 * with 9 lines that were right. After (老范 opening a sentence, 岳老爷子, a fisherman 老涂 (nouns for
 * people before 老X, and verbs after it), 划臂, swimming 游完全程 after 坚持): these are the floors. Gold
 * edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "sports".
describeReportedRound("round66-sports.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:football|basketball|athletics|water|winter|combat|outdoor|fitness)$/u,
  status: /^sports$/u,
});
