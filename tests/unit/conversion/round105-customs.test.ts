/**
 * Round 105 (tests/fixtures/conversion/round105-customs.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on customs, tax and smuggling (smuggling,
 * declarations, tax, ports, travellers, trade, enforcement, people). Measured 2026-12-07 before any
 * rule was written for them (engine f234b21, on the helper's columns): Taiwan 198, Hong Kong 198,
 * Simplified 200 (opencc-js 152, 153, 200), with Taiwan's 電子菸 as edited after measuring; the review
 * list at risk ≥ 50 named 1 of the 2 wrong Taiwan decisions, with 4 lines that were right. After
 * (旅客小于, 旅客舍不得): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "customs".
describeReportedRound("round105-customs.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:smuggling|declarations|tax|ports|travellers|trade|enforcement|people)$/u,
  status: /^customs$/u,
});
