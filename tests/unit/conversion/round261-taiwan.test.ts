/**
 * Round 261 (tests/fixtures/conversion/round261-taiwan.tsv): 200 sentences written blind by a helper
 * session as Taiwan news in Taiwan's own Traditional (politics, transport, weather, health, food,
 * schools, courts, people), with their Simplified and Hong Kong forms. The Taiwan column is the source:
 * it keeps the writer's own forms (台中, 台北 where opencc's Taiwan edition writes 臺, 牠, 妳), so the
 * Taiwan figure counts those differences of house style, not errors; the Simplified figure is the
 * conversion this set tests. Measured 2026-12-07 on the engine with every rule to round 260 (93b6bc4),
 * after the gold edits its header notes: Taiwan 152, Hong Kong 191, Simplified 200 (opencc-js 118, 152,
 * 195); none of the pairs opencc-js gets right made wrong (before the edits of house style, three: 吸菸率
 * beside 電子菸, 揉麵糰, 觀光復甦); the review list at risk ≥ 50 named 7 of the 54 Taiwan differences, with 11
 * that were right. The rules written from rounds 261–265 change nothing here: the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "taiwan".
describeReportedRound("round261-taiwan.tsv", {
  minEntries: 200,
  floors: { tw: 152, hk: 191, cn: 200 },
  source: /^(?:politics|transport|weather|health|food|schools|courts|people)$/u,
  status: /^taiwan$/u,
});
