/**
 * Round 183 (tests/fixtures/conversion/round183-noodles.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on noodle shops, breakfast stalls, dumplings and
 * street snacks (noodles, breakfast, dumplings, stalls, chains, heritage, customers, people).
 * Measured 2026-12-07 on the engine with every rule of the day (0f6dbec), as a held-out test of
 * them: Taiwan 179, Hong Kong 179, Simplified 200 (opencc-js 153, 153, 200); none of the pairs
 * opencc-js gets right made wrong; the review list at risk ≥ 50 named 17 of the 23 wrong Taiwan
 * decisions, with 6 that were right. No rule was written from it: the floors are those figures. The
 * misses: 面 standing alone for noodles in a noodle shop's words (面块, 面叶, 面坯, 一根面, 几两面, 面和汤, 做面: 14
 * of the 23 wrong decisions), 冲兑, 挤干, 一捏一卷, 包制, 蒸制, 红曲米, 辣椒油太冲 (衝). A later stop took the
 * lone 面 by its sentence's topic (mian-noodle-topic, 2026-12-07): the floors are now 193 and 193.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "noodles".
describeReportedRound("round183-noodles.tsv", {
  minEntries: 200,
  floors: { tw: 193, hk: 193, cn: 200 },
  source: /^(?:noodles|breakfast|dumplings|stalls|chains|heritage|customers|people)$/u,
  status: /^noodles$/u,
});
