/**
 * Round 256 (tests/fixtures/conversion/round256-floods.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on floods, droughts and typhoons (flood control, dykes, reservoirs, drought, rescues, farm losses) (floods, dykes, reservoirs, drought, typhoons, rescues, farms, people). Measured 2026-12-07 on the
 * engine with every rule to round 254 (23ca831), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 183, Hong Kong 183, Simplified 198 (opencc-js 83, 83, 197); one Simplified pair opencc-js gets right made wrong (傢俱全泡壞了 read 家俱: jieba cut 家|俱全); the review list at risk ≥ 50 named 10 of the 17 wrong Taiwan decisions, with 5 that were right. The misses: 干 of drying after a subject (河沟都干了), 里 after a channel (排水道里), names after a title (指挥长于振江, 母亲余桂兰), 發揮著作用 into Simplified (著作). After the rules written from rounds 255–260: Taiwan 185, Hong Kong 185, Simplified 200 (排水道里, 泥巴干了, 老范, 排水沟道里, 刮坏, 划了两个, 游了过去, 郁德明家, 猪只转移, 泥沙还没干, 念叨, 老余, 后德旺 and 母亲余桂兰 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "floods".
describeReportedRound("round256-floods.tsv", {
  minEntries: 200,
  floors: { tw: 185, hk: 185, cn: 200 },
  source: /^(?:floods|dykes|reservoirs|drought|typhoons|rescues|farms|people)$/u,
  status: /^floods$/u,
});
