/**
 * Round 11 (tests/fixtures/conversion/round11-reported.tsv): 111 conversion errors reported to
 * OpenCC (the 新同文堂 comparison of #58, #257, #1119), gumblex/zhconv and fixed in OpenCC's
 * STPhrases history, each with its source, with Taiwan and Hong Kong forms. Measured 2026-12-05
 * before any rule was written for them: Taiwan 98 (opencc-js 99), Hong Kong 98 (99), Simplified
 * 108 (108); four pairs opencc-js gets right made wrong in each Traditional edition (the
 * word-boundary rule refusing 亮发, 猛卷; rules taking 页签 and 加氢精制). The rules and the phrase
 * written from them since (Taiwan 108, Hong Kong 108, none broken) make these floors: a regression
 * test, not held out.
 */
import { describe, expect, it } from "vitest";
import { brokenPairs, pairOutputs, readReportedRound, rightIn, type PairEdition } from "./support.ts";

const entries = readReportedRound("round11-reported.tsv");
const outputs = pairOutputs(entries);
const right = (edition: PairEdition) => rightIn(outputs, entries, edition);

describe("round-11 reported errors", () => {
  it("has 110+ entries, each with its source, status and both Traditional forms", () => {
    expect(entries.length).toBeGreaterThanOrEqual(110);
    for (const entry of entries) {
      expect(entry.source).toMatch(/^https:\/\/github\.com\//);
      expect(entry.status).toMatch(/^(?:open|fixed|unknown)$/);
      expect(entry.withHongKong).toBe(true);
    }
  });

  it("keeps the measured rates in every edition", () => {
    expect(right("tw")).toBeGreaterThanOrEqual(108);
    expect(right("hk")).toBeGreaterThanOrEqual(108);
    expect(right("cn")).toBeGreaterThanOrEqual(108);
  });

  it("never gets wrong a pair opencc-js gets right", () => {
    expect(brokenPairs(outputs, entries)).toEqual([]);
  });
});
