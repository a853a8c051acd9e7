/**
 * Round 229 (tests/fixtures/conversion/round229-libraries.tsv): 197 sentences written blind by a helper
 * session in the style of mainland news on public libraries, reading rooms, rural bookshops and book donations (libraries, rural, children, old books, digital, volunteers, events, people). Measured 2026-12-07 on the engine with every
 * rule to round 225 (8e2985d), as a held-out test of them, after the gold edits its header notes: Taiwan 192, Hong Kong 192, Simplified 197 of 197 (opencc-js 160, 160, 195); one pair opencc-js gets right made wrong in both editions (作家胡德民、于丹青和谷一凡分享了: 於);
 * the review list at risk ≥ 50 named 4 of the 5 wrong Taiwan decisions, with 8 that were right. The
 * misses: 在于家庄村 (于), 多采自 (採), 教师范淑芬, 于丹青 in a list before 分享了; 故事姐姐小于 (left). The floors are the figures after the rules written from rounds 226–230.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "libraries".
describeReportedRound("round229-libraries.tsv", {
  minEntries: 197,
  floors: { tw: 196, hk: 196, cn: 197 },
  source: /^(?:libraries|rural|children|old books|digital|volunteers|events|people)$/u,
  status: /^libraries$/u,
});
