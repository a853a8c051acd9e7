/**
 * Round 162 (tests/fixtures/conversion/round162-reported.tsv): 126 clauses of the Chinese Union
 * Version Bible, whose Traditional is the translators' own, beside its Simplified edition (four
 * repositories, each row citing file and commit), collected 2026-12-07 by a helper session, blind;
 * 87 rows are errors opencc-js still makes. Measured before any rule was written from it (38a3374):
 * Taiwan 86, Hong Kong 86, Simplified 126 (opencc-js 39, 39, 126), 47 of the 87 right; the review
 * list at risk ≥ 50 named 14 of the 40 wrong Taiwan decisions, with 5 that were right. After the
 * rules written from rounds 155–162: 95, 95, 126 (56 of the 87), the floors. Left: the archaic and
 * scriptural (风后 after, 斗底下 a bushel, 脏 of organs, 恶心 an evil heart, 王子面前), 克制 (剋制 in Taiwan is
 * divided), 蒙蔽.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round162-reported.tsv", { minEntries: 126, floors: { tw: 95, hk: 95, cn: 126 } });
