/**
 * Round 9 (tests/fixtures/conversion/round9-reported.tsv): 149 conversion errors reported to
 * OpenCC, rime-essay, Fanhuaji and tongwen that the other sets lack, each with its source and its
 * status upstream. Measured 2026-12-05 before any rule was written for them: Taiwan 116 right
 * (opencc-js 88), 51 of the 58 still open upstream (opencc-js 38), none opencc-js gets right made
 * wrong. The rules and phrases written from them since (136 right, 54 of the open ones) make
 * these floors, so the set is a regression test, not a held-out measurement.
 */
import { describe, expect, it } from "vitest";
import {
  brokenPairs,
  pairOutputs,
  readReportedRound,
  rightIn,
  type PairEdition,
  type ReportedEntry,
} from "./support.ts";

// No report gives a Hong Kong form: Hong Kong is not scored (its expectation is the Taiwan one's).
const entries = readReportedRound("round9-reported.tsv");
const outputs = pairOutputs(entries);
const right = (edition: PairEdition, list: readonly ReportedEntry[]) => rightIn(outputs, list, edition);

describe("round-9 reported errors", () => {
  it("has 140+ entries, each with its source and status", () => {
    expect(entries.length).toBeGreaterThanOrEqual(140);
    for (const entry of entries) {
      expect(entry.source).toMatch(/^https:\/\/github\.com\//);
      expect(entry.status).toMatch(/^(?:open|fixed|unknown)$/);
    }
  });

  it("keeps the measured rates, ahead of opencc-js, on all and on those still open upstream", () => {
    expect(right("tw", entries)).toBeGreaterThanOrEqual(136);
    const open = entries.filter((entry) => entry.status === "open");
    expect(right("tw", open)).toBeGreaterThanOrEqual(54);
    // 熏衣草 → 薰衣草 → 薰衣草: the Traditional form has one Simplified form, the standard one.
    expect(right("cn", entries)).toBeGreaterThanOrEqual(entries.length - 1);
    const opencc = entries.filter((entry) => outputs.get(entry)?.tw.opencc === entry.tw).length;
    expect(opencc).toBeLessThan(95);
  });

  it("never gets wrong a pair opencc-js gets right (Hong Kong not scored)", () => {
    expect(brokenPairs(outputs, entries).filter((pair) => !pair.startsWith("hk "))).toEqual([]);
  });
});
