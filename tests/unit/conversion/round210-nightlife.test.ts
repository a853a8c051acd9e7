/**
 * Round 210 (tests/fixtures/conversion/round210-nightlife.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on night markets, karaoke, bars, live music houses and the night-time economy (markets, karaoke, bars, music, policy, safety, tourism, people). Measured 2026-12-07 on the engine before
 * its rules (9078ed8, every rule to round 199), as a held-out test of them: Taiwan 196, Hong Kong 196, Simplified 199 (opencc-js 165, 165, 198); one pair opencc-js gets right made wrong, into Simplified (向著作權: 着); the review list
 * at risk ≥ 50 named 4 of the 4 wrong Taiwan decisions, with 4 that were right. The misses: 叫他于师傅, 困得靠在沙发上睡着了 (睏), 干柠檬 (乾), 被查出系酒后驾驶 (係), and 向著作權 into Simplified.
 * The floors are the figures after the rules written from rounds 200–214.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "nightlife".
describeReportedRound("round210-nightlife.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:markets|karaoke|bars|music|policy|safety|tourism|people)$/u,
  status: /^nightlife$/u,
});
