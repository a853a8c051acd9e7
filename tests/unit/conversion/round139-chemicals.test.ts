/**
 * Round 139 (tests/fixtures/conversion/round139-chemicals.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on the chemical industry, plastics, paints and
 * fertiliser (plants, products, safety, environment, research, market, logistics, people). Measured
 * 2026-12-07 before any rule was written for them (engine f8efd0d, on the helper's columns): Taiwan
 * 195, Hong Kong 193, Simplified 200 (opencc-js 169, 169, 200), one pair opencc-js gets right made
 * wrong in both editions (中签投资者每签 read as signing); the review list at risk ≥ 50 named 2 of the 5
 * wrong Taiwan decisions, with 3 lines that were right. After (煤制烯烃, 二氧化碳制甲醇, 凭准运证, 才准起锚,
 * 每签): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "chemicals".
describeReportedRound("round139-chemicals.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:plants|products|safety|environment|research|market|logistics|people)$/u,
  status: /^chemicals$/u,
});
