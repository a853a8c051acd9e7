/**
 * Round 245 (tests/fixtures/conversion/round245-printshops.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on print and copy shops, stationery stores, bookbinding and sign makers (copying, binding, banners, stationery, students, offices, competition, people). Measured 2026-12-07 on the
 * engine with every rule to round 242 (c07ca74), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 195, Hong Kong 195, Simplified 200 (opencc-js 167, 167, 200); two pairs opencc-js gets right made wrong, in both editions: 几百张范画 (范画 read as a name: 範畫) and 店主郁闷地说 (an adjective before 地 read as a given name after a title); the review list at risk ≥ 50 named 2 of the 5 wrong Taiwan decisions, with 3 that were right. The other misses: 照片还没干 (乾), 卷笔刀 (捲), 老涂这家. After the rules written from rounds 243–247: every pair right, the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "printshops".
describeReportedRound("round245-printshops.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:copying|binding|banners|stationery|students|offices|competition|people)$/u,
  status: /^printshops$/u,
});
