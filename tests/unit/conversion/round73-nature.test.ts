/**
 * Round 73 (tests/fixtures/conversion/round73-nature.tsv): 200 sentences written blind by a helper
 * session in the style of mainland weather, environment and countryside news. Measured 2026-12-06
 * before any rule was written for them (engine 51e9c95, on the helper's columns): Taiwan 188, Hong
 * Kong 188, Simplified 200 (opencc-js 156, 157, 199); the review list at risk ≥ 50 named 8 of the
 * 12 wrong Taiwan decisions, with 5 lines that were right. After (抗台 → 颱; 沈大高速 → 瀋; 池塘干见底, 干沉降 → 乾;
 * 崩塌系…引起 → 係; farmers and rangers named after 农技员, 护林员, 首席预报员, 姜农老朴, 环卫工人): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "nature".
describeReportedRound("round73-nature.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:forecasts|typhoons-floods|drought-heat|cold-snow|air-water|wildlife|farming|geology)$/u,
  status: /^nature$/u,
});
