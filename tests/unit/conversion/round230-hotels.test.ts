/**
 * Round 230 (tests/fixtures/conversion/round230-hotels.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on hotels, guesthouses, hostels and hotel staff (rooms, staff, bookings, safety, food, rural, disputes, people). Measured 2026-12-07 on the engine with every
 * rule to round 225 (8e2985d), as a held-out test of them, after the gold edits its header notes: Taiwan 198, Hong Kong 198, Simplified 200 (opencc-js 168, 167, 200);
 * none of the pairs opencc-js gets right made wrong; the review list at risk ≥ 50 named 2 of the 2 wrong Taiwan decisions, with 7 that were right. The
 * misses: 起火原因系住客 (係: 系住 of tying no longer read before 住客), 民宿管家占小芳说. The floors are the figures after the rules written from rounds 226–230.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "hotels".
describeReportedRound("round230-hotels.tsv", {
  minEntries: 200,
  floors: { tw: 200, hk: 200, cn: 200 },
  source: /^(?:rooms|staff|bookings|safety|food|rural|disputes|people)$/u,
  status: /^hotels$/u,
});
