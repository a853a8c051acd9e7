/**
 * Round 122 (tests/fixtures/conversion/round122-aviation.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on aviation, airports and air travel (airlines, airports,
 * aircraft, safety, crew, cargo, drones, people). Measured 2026-12-07 before any rule was written for
 * them (engine 7b525e3, on the helper's columns): Taiwan 197, Hong Kong 197, Simplified 200 (opencc-js
 * 170, 170, 200), and one pair opencc-js gets right made wrong (头发须盘起 read as a beard); the review
 * list at risk ≥ 50 named 2 of the 3 wrong Taiwan decisions, with 1 line that was right. After (须 of
 * must after hair, 逐只, a title before a name jieba's HMM makes and a verb of speech: 乘务长后丽娜表示): these
 * are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "aviation".
describeReportedRound("round122-aviation.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:airlines|airports|aircraft|safety|crew|cargo|drones|people)$/u,
  status: /^aviation$/u,
});
