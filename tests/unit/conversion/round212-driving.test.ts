/**
 * Round 212 (tests/fixtures/conversion/round212-driving.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on driving schools, driving tests, traffic police and road accidents (schools, tests, police, accidents, rules, weather, vehicles, people). Measured 2026-12-07 on the engine before
 * its rules (9078ed8, every rule to round 199), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 192, Hong Kong 192, Simplified 200 (opencc-js 152, 151, 200); one pair opencc-js gets right made wrong in both editions (交警党支部: 党 read as a surname); the review list at risk ≥ 50 named 2 of the 8 wrong Taiwan decisions, with 5
 * that were right. The misses: 准驾车型 three times (准), 调解下签了和解协议 (簽), 机油尺上的油面 (面), 扎了一颗钉子 (扎), 交警党支部 (黨), 老干头 (left). The floors are the figures after the rules written from rounds
 * 200–214.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "driving".
describeReportedRound("round212-driving.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:schools|tests|police|accidents|rules|weather|vehicles|people)$/u,
  status: /^driving$/u,
});
