/**
 * Round 141 (tests/fixtures/conversion/round141-shipyards.tsv): 200 sentences written blind by a
 * helper session in the style of mainland news on shipbuilding, ports and seafaring (shipyards, ports,
 * crews, navigation, safety, cargo, history, people). Measured 2026-12-07 before any rule was written
 * for them (engine f8efd0d, on the helper's columns): Taiwan 196, Hong Kong 196, Simplified 200
 * (opencc-js 170, 170, 200); the review list at risk ≥ 50 named 2 of the 4 wrong Taiwan decisions, with
 * 4 lines that were right. After (首制船, 挡风御浪, 大副老姜): these are the floors; 岳长河在拖轮上干了
 * (a name opening a sentence before 在 and a place) stays 嶽.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "shipyards".
describeReportedRound("round141-shipyards.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:shipyards|ports|crews|navigation|safety|cargo|history|people)$/u,
  status: /^shipyards$/u,
});
