/**
 * Round 225 (tests/fixtures/conversion/round225-optics.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on glasses shops, optometry, eye tests and children's short sight (shops, tests, children, surgery, contacts, elderly, fraud, people). Measured 2026-12-07 on the engine with every
 * rule to round 220 (701f9a5), as a held-out test of them, after the gold edits its header notes: Taiwan 197, Hong Kong 197, Simplified 200 (opencc-js 157, 156, 200); one pair opencc-js gets right made wrong in both editions (与此有关系: jieba's 与此有关 left 系 alone);
 * the review list at risk ≥ 50 named 3 of the 3 wrong Taiwan decisions, with 4 that were right. The
 * misses: 有关系 (係), 系一根眼镜绳 (繫), 加盟商多系外行 (係). The floors are the figures after the rules written from rounds 221–225.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "optics".
describeReportedRound("round225-optics.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:shops|tests|children|surgery|contacts|elderly|fraud|people)$/u,
  status: /^optics$/u,
});
