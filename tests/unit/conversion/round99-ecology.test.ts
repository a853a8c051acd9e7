/**
 * Round 99 (tests/fixtures/conversion/round99-ecology.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on environment and ecology (wildlife, forests, rivers,
 * pollution, climate, parks, recycling, rangers). Measured 2026-12-07 before any rule was written
 * for them (engine 8e28c27, on the helper's columns): Taiwan 191, Hong Kong 191, Simplified 200
 * (opencc-js 160, 160, 200); the review list at risk ≥ 50 named 5 of the 9 wrong Taiwan decisions,
 * with 4 lines that were right. After (17只不同的, 老岳如今, 范围广 in a list, 老党已, 样方里, 护鸟人游永明, 岳大山主动, 干家村):
 * these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "ecology".
describeReportedRound("round99-ecology.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:wildlife|forests|rivers|pollution|climate|parks|recycling|rangers)$/u,
  status: /^ecology$/u,
});
