/**
 * Round 269 (tests/fixtures/conversion/round269-vaccines.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on vaccination and public health (clinics, outbreaks, symptoms, testing, schools, disease control centres) (clinics, outbreaks, symptoms, testing, schools, centres, parents, people). Measured 2026-12-07 on the
 * engine with every rule to round 265 (0bbfe33), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 196, Hong Kong 196, Simplified 200 (opencc-js 151, 152, 199); one pair opencc-js gets right made wrong (下周到社区接种: 周到, thoughtful, across the words); the review list at risk ≥ 50 named 1 of the 4 wrong Taiwan decisions, with 6 that were right. After the rules written from rounds 266–270: Taiwan 198, Hong Kong 198, Simplified 200 (连咽口水 and 父亲后立伟 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "vaccines".
describeReportedRound("round269-vaccines.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:clinics|outbreaks|symptoms|testing|schools|centres|parents|people)$/u,
  status: /^vaccines$/u,
});
