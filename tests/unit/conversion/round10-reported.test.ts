/**
 * Round 10 (tests/fixtures/conversion/round10-reported.tsv): 103 conversion errors from MediaWiki's
 * conversion fixes, OpenCC's Hong Kong names and other converters' trackers, each with its source,
 * with Taiwan and Hong Kong forms. Measured 2026-12-05 before any rule was written for them:
 * Taiwan 83 (opencc-js 67), Hong Kong 80 (opencc-js 64), Simplified 103; four pairs opencc-js gets
 * right made wrong in each Traditional edition. The rules and phrases written from them since
 * (Taiwan 90, Hong Kong 87, none broken) make these floors: a regression test, not held out.
 */
import { describe, expect, it } from "vitest";
import { brokenPairs, pairOutputs, readReportedRound, rightIn, type PairEdition } from "./support.ts";

const entries = readReportedRound("round10-reported.tsv");
const outputs = pairOutputs(entries);
const right = (edition: PairEdition) => rightIn(outputs, entries, edition);

describe("round-10 reported errors", () => {
  it("has 100+ entries, each with its source, status and both Traditional forms", () => {
    expect(entries.length).toBeGreaterThanOrEqual(100);
    for (const entry of entries) {
      expect(entry.source).toMatch(/^https:\/\/github\.com\//);
      expect(entry.status).toMatch(/^(?:open|fixed|unknown)$/);
      expect(entry.withHongKong).toBe(true);
    }
  });

  it("keeps the measured rates in every edition", () => {
    expect(right("tw")).toBeGreaterThanOrEqual(90);
    expect(right("hk")).toBeGreaterThanOrEqual(87);
    expect(right("cn")).toBe(entries.length);
  });

  it("never gets wrong a pair opencc-js gets right", () => {
    expect(brokenPairs(outputs, entries)).toEqual([]);
  });
});
