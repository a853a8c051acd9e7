/**
 * Round 107 (tests/fixtures/conversion/round107-music.tsv): 200 sentences written blind by a helper
 * session in the style of mainland entertainment news on music, concerts and singers (concerts,
 * singers, songs, orchestras, opera, fans, industry, people). Measured 2026-12-07 before any rule
 * was written for them (engine 2d0a344, on the helper's columns): Taiwan 191, Hong Kong 191,
 * Simplified 199 (opencc-js 156, 156, 199), with 齣 of plays as edited after measuring; the review
 * list at risk ≥ 50 named 7 of the 9 wrong Taiwan decisions, with 3 lines that were right. After
 * (歌后于晓彤, 总要冲一杯, 压制过黑胶唱片, 音乐制作人余东海, 作词人范小舟, 声音就干了): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "music".
describeReportedRound("round107-music.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 199 },
  source: /^(?:concerts|singers|songs|orchestras|opera|fans|industry|people)$/u,
  status: /^music$/u,
});
