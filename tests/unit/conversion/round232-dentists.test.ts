/**
 * Round 232 (tests/fixtures/conversion/round232-dentists.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on dental clinics, dentists, orthodontics, implants and children's teeth (clinics, implants, braces, children, hygiene, disputes, training, people). Measured 2026-12-07 on the
 * engine with every rule to round 230 and the name cues of 25e1f14, as a held-out test of them, after the gold edits its
 * header notes: Taiwan 196, Hong Kong 196, Simplified 200 (opencc-js 158, 158, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 2 of the 4 wrong Taiwan decisions, with 10 that were right. The misses: 扎着羊角辫 (紮), “专家团队”系临时聘用人员 (係), 毕业的于欣然 (left), 游佳慧带着女儿. After the rules written from rounds 231–236: Taiwan 199 and Hong Kong 199 (毕业的于欣然 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "dentists".
describeReportedRound("round232-dentists.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:clinics|implants|braces|children|hygiene|disputes|training|people)$/u,
  status: /^dentists$/u,
});
