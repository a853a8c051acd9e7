/**
 * Round 108 (tests/fixtures/conversion/round108-books.tsv): 200 sentences written blind by a helper
 * session in the style of mainland news on books, authors, publishing and libraries (authors,
 * publishing, libraries, classics, children, bookshops, translation, people). Measured 2026-12-07
 * before any rule was written for them (engine 2d0a344, on the helper's columns): Taiwan 193, Hong
 * Kong 193, Simplified 200 (opencc-js 150, 150, 196); the review list at risk ≥ 50 named 4 of the 7
 * wrong Taiwan decisions, with 7 lines that were right. After (残本系明代, 修了一辈子表): these are the
 * floors.
 * Gold edits after measuring, if any, are in the fixture's header.
 */
import { describeReportedRound } from "./support.ts";

// The source column names the section; every status is "books".
describeReportedRound("round108-books.tsv", {
  minEntries: 200,
  floors: { tw: 197, hk: 197, cn: 200 },
  source: /^(?:authors|publishing|libraries|classics|children|bookshops|translation|people)$/u,
  status: /^books$/u,
});
