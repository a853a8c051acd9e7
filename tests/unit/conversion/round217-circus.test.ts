/**
 * Round 217 (tests/fixtures/conversion/round217-circus.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on circus, acrobatics, magic shows and puppet theatre (acrobats, animals, magic, puppets, tours, schools, heritage, people). Measured 2026-12-07 after the gold edits
 * its header notes, on the engine before every rule of that day from round 200 on (9078ed8) and on the
 * engine with rounds 200–214's rules (a647661), as a held-out test of them: Taiwan 188, Hong Kong 188, Simplified 200 (opencc-js 145, 145, 200); 190 on a647661; on both, one pair opencc-js gets right made wrong in both editions (袖口里拉出: the lira's 里拉). The misses: 连翻三周 (周), 瓷坛 (罈), 魔术师范小舟, 小钟表演, 真发 (髮), 老班主后世杰说, 余家班, 老余生于, 袖口里拉出; 那只会飞的铜球 (left).
 * The floors are the figures after the rules written from rounds 216–220.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "circus".
describeReportedRound("round217-circus.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:acrobats|animals|magic|puppets|tours|schools|heritage|people)$/u,
  status: /^circus$/u,
});
