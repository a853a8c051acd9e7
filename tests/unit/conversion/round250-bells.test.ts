/**
 * Round 250 (tests/fixtures/conversion/round250-bells.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on bell foundries, temple bells, bell towers, clock repairers, collectors and clock museums (foundries, temples, towers, repairers, collectors, museums, festivals, people). Measured 2026-12-07 on the
 * engine with every rule to round 247 (97a75f4), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 160, Hong Kong 160, Simplified 200 (opencc-js 78, 79, 200); one pair opencc-js gets right made wrong (传统范铸: 范 read as a surname); the review list at risk ≥ 50 named 10 of the 42 wrong Taiwan decisions, with 21 that were right. The misses: 钟 of a bell standing alone (钟厂, 钟钮, 钟亭, 钟槌, 新钟, 修钟, 守钟人; opencc's default 鍾), 系 of being (係), 制 of making (广州制的, 制于十八世纪), 制表匠 (錶). After the rules written from rounds 249–254: Taiwan 193, Hong Kong 193, Simplified 200 (新制的钟绳, 郁文说, 六十八岁的钟立新, 某钟厂, 钟友会, 平安签 and 送的表 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "bells".
describeReportedRound("round250-bells.tsv", {
  minEntries: 200,
  floors: { tw: 193, hk: 193, cn: 200 },
  source: /^(?:foundries|temples|towers|repairers|collectors|museums|festivals|people)$/u,
  status: /^bells$/u,
});
