/**
 * Round 220 (tests/fixtures/conversion/round220-skiing.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on ski resorts, ice rinks, snow sports and winter tourism (resorts, rinks, lessons, injuries, tourism, gear, races, people). Measured 2026-12-07 after the gold edits
 * its header notes, on the engine before every rule of that day from round 200 on (9078ed8) and on the
 * engine with rounds 200–214's rules (a647661), as a held-out test of them: Taiwan 198, Hong Kong 198, Simplified 200 (opencc-js 171, 171, 200), the same on a647661. The misses: 发髻上别着发卡 (別); 范立新教练告诉记者 (left).
 * The floors are the figures after the rules written from rounds 216–220.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "skiing".
describeReportedRound("round220-skiing.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:resorts|rinks|lessons|injuries|tourism|gear|races|people)$/u,
  status: /^skiing$/u,
});
