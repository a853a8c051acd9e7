/**
 * Round 282 (tests/fixtures/conversion/round282-workshops.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on family workshops: noodle makers, tofu shops, bamboo weavers, tailors, watch repairers and smiths. Measured 2026-12-08 on the engine with every rule
 * to round 280 (9a4a217), as a held-out test of them, after the gold edits its header notes: Taiwan
 * 194, Hong Kong 194, Simplified 200 (opencc-js 115, 115, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 4 of the 6 wrong Taiwan decisions, with 4 that
 * were right. After the rules written from rounds 281–284: Taiwan 197, Hong Kong 197, Simplified
 * 200 (晒不了面, 后家豆腐, 于师傅戴 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "workshops".
describeReportedRound("round282-workshops.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:noodles|tofu|bamboo|tailors|watches|smiths|apprentices|owners)$/u,
  status: /^workshops$/u,
});
