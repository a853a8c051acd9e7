/**
 * Round 184 (tests/fixtures/conversion/round184-herbal.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on traditional Chinese medicine clinics, herbal pharmacies,
 * acupuncture and folk remedies (herbs, acupuncture, clinics, markets, farming, regulation, remedies,
 * people). Measured 2026-12-07 on the engine before its rules (4a1e922, every rule of rounds to 183),
 * as a held-out test of them: Taiwan 192, Hong Kong 192, Simplified 200 (opencc-js 158, 156, 200);
 * pairs opencc-js gets right made wrong: none; the review list at risk ≥ 50 named 2 of the 8 wrong
 * Taiwan decisions, with 11 that were right. The misses: 温里药 (the interior of Chinese medicine read as
 * a transliteration's 里), 针刺太冲 (衝), 隔姜灸, 今年姜的收成 (薑), 用红纸卷好 (捲), 国药准字 (准), 自制“祛湿茶” (製), 药材商游建发. The
 * floors are the figures after the rules written from it and rounds 184–191.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "herbal".
describeReportedRound("round184-herbal.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:herbs|acupuncture|clinics|markets|farming|regulation|remedies|people)$/u,
  status: /^herbal$/u,
});
