/**
 * Round 12 (tests/fixtures/conversion/round12-reported.tsv): 150 conversion errors that other
 * converters fixed or users reported (kanasimi/CeJS's corrections for novel sentences, MediaWiki's
 * ZhConversion changes as synced into gumblex/zhconv and Gowee/zhconv-rs, OpenCC, sts-lib),
 * each with its source, with Taiwan and Hong Kong forms. opencc-js gets 139 of them wrong.
 * Measured 2026-12-05 before any rule was written for them: Taiwan 77 (opencc-js 11), Hong Kong
 * 78 (11), Simplified 150 (150), none of opencc-js's right pairs made wrong. After the rules
 * written from them: Taiwan 115, Hong Kong 116 (116 and 117 with round 13's), none broken; these
 * are the floors (a regression test, not held out).
 */
import { describe, expect, it } from "vitest";
import { brokenPairs, pairOutputs, readReportedRound, rightIn, type PairEdition } from "./support.ts";

const entries = readReportedRound("round12-reported.tsv");
const outputs = pairOutputs(entries);
const right = (edition: PairEdition) => rightIn(outputs, entries, edition);

describe("round-12 reported errors", () => {
  it("has 150 entries, each with its source, status and both Traditional forms", () => {
    expect(entries.length).toBeGreaterThanOrEqual(150);
    for (const entry of entries) {
      expect(entry.source).toMatch(/^https:\/\/github\.com\//);
      expect(entry.status).toMatch(/^(?:open|fixed|unknown)$/);
      expect(entry.withHongKong).toBe(true);
    }
  });

  it("keeps the measured rates in every edition", () => {
    expect(right("tw")).toBeGreaterThanOrEqual(116);
    expect(right("hk")).toBeGreaterThanOrEqual(117);
    expect(right("cn")).toBeGreaterThanOrEqual(150);
  });

  it("never gets wrong a pair opencc-js gets right", () => {
    expect(brokenPairs(outputs, entries)).toEqual([]);
  });
});
