/**
 * Round 202 (tests/fixtures/conversion/round202-dance.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on square dancing, ballet and folk dance schools, dance troupes and competitions (squares, schools, troupes, contests, costumes, health, stage, people). Measured 2026-12-07 on the engine before
 * its rules (9078ed8, every rule to round 199), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 194, Hong Kong 194, Simplified 200 (opencc-js 157, 157, 199); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50
 * named 4 of the 6 wrong Taiwan decisions, with 2 that were right. The misses: 这出民族舞剧 (齣), 岳评委, 跳完舞后 (後), 编导干志强说, 舞蹈演员后晓雪笑着说, 作品《松》.
 * The floors are the figures after the rules written from rounds 200–205.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "dance".
describeReportedRound("round202-dance.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:squares|schools|troupes|contests|costumes|health|stage|people)$/u,
  status: /^dance$/u,
});
