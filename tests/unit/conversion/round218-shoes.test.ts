/**
 * Round 218 (tests/fixtures/conversion/round218-shoes.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on shoemakers, cobblers, leather goods, shoe factories and shoe shops (cobblers, factories, leather, handmade, shops, quality, fashion, people). Measured 2026-12-07 after the gold edits
 * its header notes, on the engine before every rule of that day from round 200 on (9078ed8) and on the
 * engine with rounds 200–214's rules (a647661), as a held-out test of them: Taiwan 191, Hong Kong 191, Simplified 200 (opencc-js 153, 153, 200), the same on a647661; one pair opencc-js gets right made wrong in both editions (做包面: noodles). The misses: 撑松 (鬆), 量脚制楦 twice (製), 范志强所在的, 系一根缎带 (繫), 做包面; 退休工人党振华回忆, 打工者后长贵在鞋厂, 当学徒的占玉芳 (left).
 * The floors are the figures after the rules written from rounds 216–220.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "shoes".
describeReportedRound("round218-shoes.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:cobblers|factories|leather|handmade|shops|quality|fashion|people)$/u,
  status: /^shoes$/u,
});
