/**
 * Round 259 (tests/fixtures/conversion/round259-marathons.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on city marathons (results, runners, training, injuries, medical support, supply stations, organisers) (results, runners, training, injuries, medical, supplies, organisers, people). Measured 2026-12-07 on the
 * engine with every rule to round 254 (23ca831), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 187, Hong Kong 186, Simplified 200 (opencc-js 124, 125, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 7 of the 14 wrong Taiwan decisions, with 5 that were right. The misses: weeks of training (三到四周, 减量周, 周跑量: 週), a running watch (跑表, GPS表: 錶), 冲线 (衝; opencc's 对冲), 冲了一杯热姜汤 (沖), 系成双结 (繫). After the rules written from rounds 255–260: Taiwan 196, Hong Kong 194, Simplified 200 (范志强与, 小钟蹲下来, 老游 and 小后 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "marathons".
describeReportedRound("round259-marathons.tsv", {
  minEntries: 200,
  floors: { tw: 196, hk: 194, cn: 200 },
  source: /^(?:results|runners|training|injuries|medical|supplies|organisers|people)$/u,
  status: /^marathons$/u,
});
