/**
 * Round 40 (tests/fixtures/conversion/round40-nanyang.tsv): 200 sentences written blind by a helper
 * session as the Singapore and Malaysian Chinese press prints them, 25 each of politics, society
 * and business in each country, sport and arts, and life. Measured 2026-12-06 before any rule was
 * written for them: Taiwan 173, Hong Kong 173 on the engine with rounds 39's and 41's rules (171 on
 * 0823e80), Simplified 199; opencc-js 143, 143, 200. Four pairs opencc-js gets right made wrong: 党
 * of a party's name read as a surname, two plays, 肉乾和年糕 into Simplified read as the era 乾和.
 * After (places that write 里 and 岳, 罗里, 准证, 拿督 as a title, noodle stalls and dishes, 并 opening
 * a clause, 签下 a contract): these are the floors. Left: a contract named more than twelve
 * characters after 签下.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "nanyang".
describeReportedRound("round40-nanyang.tsv", {
  minEntries: 200,
  floors: { tw: 199, hk: 199, cn: 200 },
  source: /^(?:sg-politics|sg-society|sg-business|my-politics|my-society|my-business|sports-arts|life)$/u,
  status: /^nanyang$/u,
});
