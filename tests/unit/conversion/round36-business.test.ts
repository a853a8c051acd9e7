/**
 * Round 36 (tests/fixtures/conversion/round36-business.tsv): 200 sentences written blind by a helper
 * session for business pages, 25 each of markets, banking, property, companies, retail, industry,
 * workplace and economy. Measured 2026-12-06 before any rule was written for them (engine of
 * 2026-12-06 with rounds 37's and 38's rules; the same figures on a711e5a): Taiwan 181, Hong Kong
 * 181, Simplified 199 (opencc-js 145, 145), none broken. After (系 of filings after what they
 * report, 编制 of compiling, 载明了, 准入, 折合, 打对折, 冲抵, 冲正, 干租, 干散货, 剪彩仪式, 钢卷,
 * chief officers as titles; since round 47, 想像 → 想象 into Simplified): these are the floors.
 * Left: 于立新 after 总经理, 每坛.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "business".
describeReportedRound("round36-business.tsv", {
  minEntries: 200,
  floors: { tw: 198, hk: 198, cn: 200 },
  source: /^(?:markets|banking|property|companies|retail|industry|workplace|economy)$/u,
  status: /^business$/u,
});
