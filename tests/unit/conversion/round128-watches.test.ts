/**
 * Round 128 (tests/fixtures/conversion/round128-watches.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on watches, clocks, jewellery and precious metals (watches,
 * clocks, jewellery, market, craft, fraud, heritage, people). Measured 2026-12-07 before any rule was
 * written for them (engine b2e2405, on the helper's columns): Taiwan 171, Hong Kong 171, Simplified
 * 200 (opencc-js 158, 158, 198), three pairs opencc-js gets right made wrong (经历两年 read as a
 * calendar's years, 黄金须考虑 as a golden beard, 铜镀金钟 left at opencc's default 鍾); the review list at risk
 * ≥ 50 named 16 of the 32 wrong Taiwan decisions, with 7 lines that were right. After (a watch by its
 * parts, kind, measure word or beside watch words: 表带, 表耳, 古董表, 假表, 一只表, 新表售价; a clock by its kind:
 * 古董钟, 御制钟, 这台钟; 制表师, 钟架, 做钟处, 制于1780年, 加注润滑油, 系上世纪 as the copula, 老范师傅, 老于和小钟, ”游春生 after a
 * quotation): these are the floors. Left: 表主, 传动杆 (桿 or 杆), 冲压机 (沖 or 衝) and 困了 (睏 or 困).
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "watches".
describeReportedRound("round128-watches.tsv", {
  minEntries: 200,
  floors: { tw: 196, hk: 196, cn: 200 },
  source: /^(?:watches|clocks|jewellery|market|craft|fraud|heritage|people)$/u,
  status: /^watches$/u,
});
