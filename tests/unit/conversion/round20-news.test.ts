/**
 * Round 20 (tests/fixtures/conversion/round20-news.tsv): 200 news sentences written blind by a
 * helper session (120 of Hong Kong news, 80 of Taiwan news), each holding a one-to-many
 * character, with the Taiwan and Hong Kong forms their papers print; not reported errors, so
 * opencc-js gets most right (182 into Taiwan). Measured 2026-12-06 before any rule was written for
 * them (engine 1139a7b): Taiwan 194, Hong Kong 197, Simplified 200, none broken. After (回归 → 回歸,
 * 私烟, Hong Kong's 覆診): Taiwan 196, Hong Kong 199, Simplified 200; these are the floors.
 */
import { describe, expect, it } from "vitest";
import { brokenPairs, PAIR_EDITIONS, pairOutputs, readReportedRound, rightIn } from "./support.ts";

const entries = readReportedRound("round20-news.tsv");
const outputs = pairOutputs(entries);
const floors = { tw: 196, hk: 199, cn: 200 } as const;

describe("round20-news.tsv", () => {
  it("has 200 news sentences, each with a topic and both Traditional forms", () => {
    expect(entries.length).toBe(200);
    for (const entry of entries) {
      expect(entry.status).toBe("news");
      expect(entry.source).toMatch(/^(?:hk|tw)-|^[a-z]+$/u);
      expect(entry.withHongKong).toBe(true);
    }
  });

  it("keeps the measured rates in every edition", () => {
    for (const edition of PAIR_EDITIONS)
      expect(rightIn(outputs, entries, edition), edition).toBeGreaterThanOrEqual(floors[edition]);
  });

  it("never gets wrong a pair opencc-js gets right", () => {
    expect(brokenPairs(outputs, entries)).toEqual([]);
  });
});
