/**
 * Round 52 (tests/fixtures/conversion/round52-online.tsv): 200 sentences written blind by a helper
 * session as mainland news quotes the internet and everyday talk, 25 each of posts, slang, chat,
 * livestreams, games, fans, reviews and family talk. Measured 2026-12-06 before any rule was written
 * for them (engine 1e91464): Taiwan 181, Hong Kong 181, Simplified 200 (opencc-js 151, 151, 199), 2
 * pairs opencc-js gets right made wrong (掉发明显, 很大只). After (卷 of 内卷 and of curling hair,
 * noodles eaten or described, hair falling out, a couple back together, restoring health, 大只,
 * water's 冲开, sleepy before bed, a dry texture, phrases 卷王, 姜撞奶, 姜水, 姜味, 干饭人): these
 * are the floors. Left: 干饭 standing alone after 干饭人，干饭魂， and clothes 没干 after 头的？.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "online".
describeReportedRound("round52-online.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:posts|slang|chat|livestream|games|fans|reviews|family-talk)$/u,
  status: /^online$/u,
});
