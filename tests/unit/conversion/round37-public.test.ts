/**
 * Round 37 (tests/fixtures/conversion/round37-public.tsv): 200 sentences written blind by a helper
 * session on public life, 25 each of council, schools, faith, community, weather, environment,
 * transport and culture. Measured 2026-12-06 before any rule was written for them (engine d4e2bfe
 * with given names before a verb of speech): Taiwan 190, Hong Kong 190, Simplified 200 (opencc-js
 * 171, 171 with the gold's 曆法 correction), one pair opencc-js gets right made wrong (做饭团: jieba's
 * 做饭|团 refused the phrase). After (里 of Taiwan's villages counted, 老钟 counted as a clock, 斗
 * beside 秤, 秋台, 雕制, 饭团, 汤团, 里办公处, 姜苗, 议长 as a form of address): these are the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "public".
describeReportedRound("round37-public.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:council|schools|faith|community|weather|environment|transport|culture)$/u,
  status: /^public$/u,
});
