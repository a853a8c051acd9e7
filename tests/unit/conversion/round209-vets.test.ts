/**
 * Round 209 (tests/fixtures/conversion/round209-vets.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on veterinarians, livestock epidemics, animal clinics and farm animal health (clinics, livestock, poultry, epidemics, feed, rural, training, people). Measured 2026-12-07 on the engine before
 * its rules (9078ed8, every rule to round 199), as a held-out test of them: Taiwan 195, Hong Kong 195, Simplified 200 (opencc-js 158, 159, 199); none of the pairs opencc-js gets right made wrong; the review list
 * at risk ≥ 50 named 3 of the 5 wrong Taiwan decisions, with 3 that were right. The misses: 病死禽只装袋 (隻), 干物质 (乾), 老兽医后德明说, 党月娥是…防疫员 opening a sentence, 羊倌老干蹲在圈边 (left).
 * The floors are the figures after the rules written from rounds 200–214.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "vets".
describeReportedRound("round209-vets.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:clinics|livestock|poultry|epidemics|feed|rural|training|people)$/u,
  status: /^vets$/u,
});
