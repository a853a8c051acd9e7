/**
 * Round 254 (tests/fixtures/conversion/round254-canteens.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on school, hospital, factory and elderly canteens (menus, kitchens, food safety, prices, staff) (schools, hospitals, factories, elderly, kitchens, safety, prices, people). Measured 2026-12-07 on the
 * engine with every rule to round 247 (97a75f4), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 185, Hong Kong 185, Simplified 200 (opencc-js 76, 76, 200); one pair opencc-js gets right made wrong (烧鸡一只只卖); the review list at risk ≥ 50 named 7 of the 15 wrong Taiwan decisions, with 2 that were right. The misses: 面 of noodles (半斤多面, 给老人下面, 食堂的面向来), 不准 of forbidding (不准穿工装), 只 of only (白切鸡只卖), 系 of being, 煲制 (製). After the rules written from rounds 249–254: Taiwan 193, Hong Kong 193, Simplified 200 (食堂的面向来, 于文和余敏, 里水镇, 给老人下面, 系食堂, 花卷的面 and 鲜切面 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "canteens".
describeReportedRound("round254-canteens.tsv", {
  minEntries: 200,
  floors: { tw: 193, hk: 193, cn: 200 },
  source: /^(?:schools|hospitals|factories|elderly|kitchens|safety|prices|people)$/u,
  status: /^canteens$/u,
});
