/**
 * Round 204 (tests/fixtures/conversion/round204-cycling.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on bike sharing, cycling clubs, bicycle and e-bike repair, cycling roads and races (sharing, clubs, repair, ebikes, roads, races, commuting, people). Measured 2026-12-07 on the engine before
 * its rules (9078ed8, every rule to round 199), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 194, Hong Kong 194, Simplified 200 (opencc-js 158, 158, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50
 * named 4 of the 6 wrong Taiwan decisions, with 3 that were right. The misses: 老姜是…领骑, 松旷 (鬆), 高压水枪直接冲 (沖), 业内人士老于说, 正确系法 (繫), 后立平是…车手 opening a sentence.
 * The floors are the figures after the rules written from rounds 200–205.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "cycling".
describeReportedRound("round204-cycling.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:sharing|clubs|repair|ebikes|roads|races|commuting|people)$/u,
  status: /^cycling$/u,
});
