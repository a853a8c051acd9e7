/**
 * Round 172 (tests/fixtures/conversion/round172-chess.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on chess, xiangqi, go and card games (xiangqi, go, chess,
 * events, schools, parks, online, people). Measured 2026-12-07 on the engine after rounds 163–167's
 * rules (a593083), as a held-out test of them: Taiwan 182, Hong Kong 181, Simplified 199 (opencc-js
 * 144, 144, 199); one pair made wrong in both editions (凉亭里 read as a transliteration's 里); the
 * review list at risk ≥ 50 named 8 of the 18 wrong Taiwan decisions, with 5 that were right. After
 * the rules written from rounds 168–174: 196, 195, 199, the floors. Left: 象棋大师范立群 (师范), 谷雨晴 opening
 * a sentence, 老干 in quotation marks, 困了 (睏, divided).
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "chess".
describeReportedRound("round172-chess.tsv", {
  minEntries: 200,
  floors: { tw: 196, hk: 195, cn: 199 },
  source: /^(?:xiangqi|go|chess|events|schools|parks|online|people)$/u,
  status: /^chess$/u,
});
