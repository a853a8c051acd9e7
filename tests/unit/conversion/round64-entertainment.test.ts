/**
 * Round 64 (tests/fixtures/conversion/round64-entertainment.tsv): 200 sentences written blind by a
 * helper session in the style of mainland entertainment and online media (film, TV, music, fandom,
 * livestreaming, gossip, awards, games and anime). Measured 2026-12-06 before any rule was written
 * for them (engine db4af70): Taiwan 188, Hong Kong 188, Simplified 200 (opencc-js 153, 153, 200),
 * one pair opencc-js gets right made wrong (那只会说话的橘猫, read as "that only can"); the review
 * list at risk ≥ 50 named 6 of the 12 wrong Taiwan decisions, with 6 lines that were right. After
 * (老范, 小游, 小党 after a title or a noun for people: 项目经理, 主播, 粉丝, 网红; praise 讚 after 获
 * and 被; 里 before 加 where the city 里加 took it; 背 of reciting a script; the measure word before a
 * clause describing an animal): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "entertainment".
describeReportedRound("round64-entertainment.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:film|tv|music|fandom|livestream|gossip|awards|games-anime)$/u,
  status: /^entertainment$/u,
});
