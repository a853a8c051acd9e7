/**
 * Round 257 (tests/fixtures/conversion/round257-elections.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on village and residents' committee elections and grassroots governance (candidates, ballots, deputies, party branches) (candidates, ballots, deputies, branches, committees, promises, complaints, people). Measured 2026-12-07 on the
 * engine with every rule to round 254 (23ca831), as a held-out test of them, after the gold edits its
 * header notes: Taiwan 185, Hong Kong 185, Simplified 200 (opencc-js 79, 79, 200); none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 4 of the 16 wrong Taiwan decisions, with 4 that were right. The misses: 姜 of ginger grown and heaped (自家种的姜, 一大堆姜), a surname opening a clause after a comma (当选后，于志军兑现), 党员干部都说 (read as a name before a verb of speech), 乡里 (裡). After the rules written from rounds 255–260: Taiwan 190, Hong Kong 190, Simplified 200 (挂着钟, 计票人干晓丽, “党国富”, 周德松松了, 乡里 three times, 顺便了解, 由于某 and 老姜 left), the floors.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "elections".
describeReportedRound("round257-elections.tsv", {
  minEntries: 200,
  floors: { tw: 190, hk: 190, cn: 200 },
  source: /^(?:candidates|ballots|deputies|branches|committees|promises|complaints|people)$/u,
  status: /^elections$/u,
});
