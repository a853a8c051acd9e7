/**
 * Round 216 (tests/fixtures/conversion/round216-post.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on post offices, postmen, parcels, stamps and rural delivery (offices, postmen, parcels, stamps, rural, letters, savings, people). Measured 2026-12-07 after the gold edits
 * its header notes, on the engine before every rule of that day from round 200 on (9078ed8) and on the
 * engine with rounds 200–214's rules (a647661), as a held-out test of them: Taiwan 195, Hong Kong 195, Simplified 200 (opencc-js 162, 162, 198); 196 on a647661. The misses: 鲜姜 (薑), 装坛 (罈), 写信人于怀远, 冲正 at 9078ed8; a lone “余” signing a letter (left).
 * The floors are the figures after the rules written from rounds 216–220.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "post".
describeReportedRound("round216-post.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:offices|postmen|parcels|stamps|rural|letters|savings|people)$/u,
  status: /^post$/u,
});
