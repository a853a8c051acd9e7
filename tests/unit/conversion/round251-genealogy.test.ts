/**
 * Round 251 (tests/fixtures/conversion/round251-genealogy.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on clan genealogies, ancestral halls, surname culture, clan reunions and overseas Chinese seeking their roots (genealogies, halls, reunions, surnames, archives, overseas, customs, people). Measured 2026-12-07 on the
 * engine with every rule to round 247 (97a75f4), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 166, Hong Kong 167, Simplified 200 (opencc-js 80, 80, 197); two pairs opencc-js gets right made wrong (范氏族人 read 範, 姜水 read 薑); the review list at risk ≥ 50 named 19 of the 37 wrong Taiwan decisions, with 9 that were right. The misses: a surname named as one (余氏, 于姓, “余”姓), a family's hall, records and customs (干家祠堂, 涂家的老族谱, 嫁到于家), single surnames listed (谷、于两姓), names after a title (族长余长青, 守祠人占金水). After the rules written from rounds 249–254: Taiwan 193, Hong Kong 194, Simplified 200 (岳霖, 钟姓的“钟”, 涂姓的“涂”, 广东台山, 系五彩丝线, 老人岳德顺 and 在于老的倡议下 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "genealogy".
describeReportedRound("round251-genealogy.tsv", {
  minEntries: 200,
  floors: { tw: 193, hk: 194, cn: 200 },
  source: /^(?:genealogies|halls|reunions|surnames|archives|overseas|customs|people)$/u,
  status: /^genealogy$/u,
});
