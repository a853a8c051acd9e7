/**
 * Round 219 (tests/fixtures/conversion/round219-elevators.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on elevators, escalators, old buildings getting lifts and building safety (installs, faults, inspections, escalators, maintenance, safety, technology, people). Measured 2026-12-07 after the gold edits
 * its header notes, on the engine before every rule of that day from round 200 on (9078ed8) and on the
 * engine with rounds 200–214's rules (a647661), as a held-out test of them: Taiwan 195, Hong Kong 195, Simplified 200 (opencc-js 168, 168, 200), the same on a647661; two pairs opencc-js gets right made wrong in both editions (发现制动力矩: 製, 测试塔里: 里). The misses: 发现制动 (现制 read inside 发现), 测试塔里, 井道里 (裡), 在涂建华的协调下; 幸福里小区 (left).
 * The floors are the figures after the rules written from rounds 216–220.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "elevators".
describeReportedRound("round219-elevators.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:installs|faults|inspections|escalators|maintenance|safety|technology|people)$/u,
  status: /^elevators$/u,
});
