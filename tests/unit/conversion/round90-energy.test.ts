/**
 * Round 90 (tests/fixtures/conversion/round90-energy.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news about energy, industry and the environment. Measured
 * 2026-12-07 before any rule was written for them (engine 4b048e6, on the helper's columns): Taiwan
 * 184, Hong Kong 184, Simplified 200 (opencc-js 140, 137, 199, on the edited gold); the review list
 * at risk ≥ 50 named 10 of the 16 wrong Taiwan decisions, with 8 lines that were right. After (台
 * counting wind machines, 库里 of a store, 系上游 no tying, 企业系, 老蒙, dry 干煤棚, 干熄焦, 干渣, 干化, 干气): these
 * are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "energy".
describeReportedRound("round90-energy.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:power|vehicles|coal-oil|renewables|heavy-industry|emissions|pollution|workers)$/u,
  status: /^energy$/u,
});
