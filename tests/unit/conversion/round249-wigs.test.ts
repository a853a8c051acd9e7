/**
 * Round 249 (tests/fixtures/conversion/round249-wigs.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on the wig and hair-products industry of Xuchang (hair collection, wig factories, exports, salons, hair donation, workers, e-commerce) (factories, exports, salons, donors, workers, ecommerce, history, people). Measured 2026-12-07 on the
 * engine with every rule to round 247 (97a75f4), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 169, Hong Kong 169, Simplified 200 (opencc-js 83, 83, 199); one pair opencc-js gets right made wrong (直发烫成: 发烫 read as a phrase); the review list at risk ≥ 50 named 11 of the 33 wrong Taiwan decisions, with 7 that were right. The misses: 发 of hair in the trade's words (化纤发, 钩发, 整发, 发片, 发块, 原料发, 发庄, 老发匠), names after a title (残疾人党永春, 老把式干德明). After the rules written from rounds 249–254: Taiwan 191, Hong Kong 191, Simplified 200 (一块发片, 老师范秋云, 收发人, 许昌不产发, 干头发生意, 残疾人党永春, 退休后的钟桂兰 and 干德明 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "wigs".
describeReportedRound("round249-wigs.tsv", {
  minEntries: 200,
  floors: { tw: 191, hk: 191, cn: 200 },
  source: /^(?:factories|exports|salons|donors|workers|ecommerce|history|people)$/u,
  status: /^wigs$/u,
});
