/**
 * Round 197 (tests/fixtures/conversion/round197-silk.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on silk, sericulture, embroidery, weaving and indigo dyeing
 * (silkworms, weaving, embroidery, dyeing, markets, heritage, fashion, people). Measured 2026-12-07 on
 * the engine before its rules (ff7713b, every rule to round 191), as a held-out test of them: Taiwan
 * 193, Hong Kong 193, Simplified 200 (opencc-js 152, 152, 200); none of the pairs opencc-js gets right
 * made wrong; the review list at risk ≥ 50 named 6 of the 7 wrong Taiwan decisions, with 3 that were
 * right. The misses: 扎紧, 扎过 in tie-dye (紮), 染制, 古法制靛 (製), 干茧 (乾), 困了, 染坊主人涂建华说, 老姜在镇上开了三十年染坊. The
 * floors are the figures after the rules written from rounds 192–199.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "silk".
describeReportedRound("round197-silk.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:silkworms|weaving|embroidery|dyeing|markets|heritage|fashion|people)$/u,
  status: /^silk$/u,
});
