/**
 * Round 63 (tests/fixtures/conversion/round63-reported.tsv): 139 conversion errors that projects
 * publishing a Traditional edition made by converting Simplified text later fixed by hand, each row
 * the project's line and the commit that fixed it (a Minecraft mod translation pack, 137 rows, and
 * LunaTranslator's docs); collected 2026-12-06 by a helper session, blind, against every source
 * the earlier sets cite. About 100 rows opencc-js already gets right (the project's own converter
 * had erred). Measured before any rule was written for it (engine db4af70): Taiwan 129, Hong Kong
 * 129, Simplified 139 (opencc-js 100, 100, 138), none broken; the review list at risk ≥ 50 named 6
 * of the 10 wrong Taiwan decisions, with 3 lines that were right. After (采 of picking, 一飞冲天,
 * 游 of swimming where jieba reads 水里游 as a name, 压制 of pressing, 巧克力卷, dry rubber, 斗轮):
 * these are the floors. Left: 命中注定 (the pack's 注定 against opencc's 註定, both current in Taiwan)
 * and 干屋顶草料.
 */
import { describeReportedRound } from "./support.ts";

describeReportedRound("round63-reported.tsv", { minEntries: 139, floors: { tw: 137, hk: 137, cn: 139 } });
