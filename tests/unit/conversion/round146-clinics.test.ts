/**
 * Round 146 (tests/fixtures/conversion/round146-clinics.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on eye care, dental care and small clinics (eyes, teeth,
 * children, clinics, devices, insurance, disputes, people). Measured 2026-12-07 before any rule was
 * written for them (engine f8efd0d, on the helper's columns): Taiwan 196, Hong Kong 191, Simplified 200
 * (opencc-js 172, 172, 200), three pairs opencc-js gets right made wrong in both editions (涂氟 read as
 * a name, 度数不准 as forbidding, 多数只 as animals) besides Hong Kong's 覆診; the review list at risk ≥ 50
 * named none of the 4 wrong Taiwan decisions, with 4 lines that were right. After (涂氟, 度数不准, 多数只,
 * 患者家属于先生): these are the floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "clinics".
describeReportedRound("round146-clinics.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:eyes|teeth|children|clinics|devices|insurance|disputes|people)$/u,
  status: /^clinics$/u,
});
