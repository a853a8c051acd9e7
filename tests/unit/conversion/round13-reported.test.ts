/**
 * Round 13 (tests/fixtures/conversion/round13-reported.tsv): 192 conversion errors other
 * converters fixed (kanasimi/CeJS and kanasimi/Chinese_converter's corrections, MediaWiki's
 * ZhConversion and CGroup changes as synced into Gowee/zhconv-rs and gumblex/zhconv, rime-essay,
 * tongwen-dict), each with its source, with Taiwan and Hong Kong forms; opencc-js gets 188 of
 * them wrong in Taiwan. Measured 2026-12-05 before any rule was written for them: Taiwan 93
 * (opencc-js 4), Hong Kong 95 (6), Simplified 192 (192); one pair opencc-js gets right made wrong
 * (里希·苏纳克). After the rules written from them: Taiwan 139, Hong Kong 141, none broken; these
 * are the floors (a regression test, not held out).
 */
import { describe, expect, it } from "vitest";
import { brokenPairs, pairOutputs, readReportedRound, rightIn, type PairEdition } from "./support.ts";

const entries = readReportedRound("round13-reported.tsv");
const outputs = pairOutputs(entries);
const right = (edition: PairEdition) => rightIn(outputs, entries, edition);

describe("round-13 reported errors", () => {
  it("has 190+ entries, each with its source, status and both Traditional forms", () => {
    expect(entries.length).toBeGreaterThanOrEqual(190);
    for (const entry of entries) {
      expect(entry.source).toMatch(/^https:\/\/github\.com\//);
      expect(entry.status).toMatch(/^(?:open|fixed|unknown)$/);
      expect(entry.withHongKong).toBe(true);
    }
  });

  it("keeps the measured rates in every edition", () => {
    expect(right("tw")).toBeGreaterThanOrEqual(139);
    expect(right("hk")).toBeGreaterThanOrEqual(141);
    expect(right("cn")).toBeGreaterThanOrEqual(192);
  });

  it("never gets wrong a pair opencc-js gets right", () => {
    expect(brokenPairs(outputs, entries)).toEqual([]);
  });
});
