/**
 * Round 65 (tests/fixtures/conversion/round65-fiction.tsv): 200 sentences written blind by a helper
 * session in the style of contemporary fiction and web novels (urban, wuxia, xianxia, history,
 * mystery, science fiction, family, dialogue). Measured 2026-12-06 before any rule was written for
 * them (engine db4af70): Taiwan 186, Hong Kong 186, Simplified 200 (opencc-js 153, 153, 200), none
 * broken; the review list at risk ≥ 50 named 9 of the 14 wrong Taiwan decisions, with 12 lines that
 * were right. After (forms of address of fiction right after a surname: 岳将军, 涂姑娘, 朴长老, 范大人;
 * 说话太冲; a drinking contest 斗酒; 锻制; ginger of a tale; a shoelace 系; a watch's back; 托 of
 * lifting; 相托; 挑明了; a call 老姜，你…): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the genre; every status is "fiction".
describeReportedRound("round65-fiction.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:urban|wuxia|xianxia|history|mystery|scifi|family|dialogue)$/u,
  status: /^fiction$/u,
});
