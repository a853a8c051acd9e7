/**
 * Round 48 (tests/fixtures/conversion/round48-culture.tsv): 200 sentences written blind by a helper
 * session on culture and entertainment in mainland news, 25 each of film and television, music,
 * books, art, heritage, the stage, games and the web, and festivals. Measured 2026-12-06 before any
 * rule was written for them (engine 4fcc9a4): Taiwan 184, Hong Kong 184, Simplified 200 (opencc-js
 * 158, 158, 195), 3 pairs opencc-js gets right made wrong (那只会说话的猫, 一出经典的净角戏, 银发红瞳).
 * After (stage manner 台风, flour food after a region, 银发红瞳, an animal a clause describes, a
 * play of a role, counted plays, crafts 制琴/制墨/制瓷, 复调, 里坊, 击筑, 丑行, 折子戏, 傣历): these
 * are the floors, none broken. Left: 由于冬担任 (由于 the word), 郁可唯 and 游小鱼 after 主播 (names
 * jieba cuts apart), 刘后 (the empress).
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "culture".
describeReportedRound("round48-culture.tsv", {
  minEntries: 200,
  floors: { tw: 196, hk: 196, cn: 200 },
  source: /^(?:film-tv|music|books|art|heritage|stage|games-web|festivals)$/u,
  status: /^culture$/u,
});
