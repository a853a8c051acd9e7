/**
 * Round 8 (tests/fixtures/conversion/round8-reported.tsv): 112 conversion errors reported in
 * 2025–2026 that the other sets lack, each with its source. Measured 2026-12-05 before any rule
 * was written for them: Taiwan 67 right, opencc-js 34, three pairs opencc-js gets right made wrong
 * (Simplified from the Taiwan text: all 112, as opencc-js);
 * the rules written from them since (110, none broken) make these floors, so the set is a
 * regression test, not a held-out measurement.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { brokenPairs, pairExpected, pairOutputs, type PairEdition } from "./support.ts";

type Entry = { hans: string; tw: string; hk: string; source: string; heldOut: boolean };

const rows = readFileSync(new URL("../../fixtures/conversion/round8-reported.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line !== "" && !line.startsWith("#"))
  .slice(1)
  .map((line) => line.split("\t"));
/** Without a Hong Kong form in the report, Hong Kong is not scored (its expectation is the Taiwan one's). */
const entries: Entry[] = rows.map(([hans = "", tw = "", hk = "", source = ""]) => ({
  hans,
  tw,
  hk: hk || tw,
  source,
  heldOut: false,
}));
const withHongKong = new Set(entries.filter((_, index) => (rows[index]?.[2] ?? "") !== ""));
const outputs = pairOutputs(entries);
const right = (edition: PairEdition, list: readonly Entry[]) =>
  list.filter((entry) => outputs.get(entry)?.[edition].ours === pairExpected(entry, edition)).length;

describe("round-8 reported errors", () => {
  it("has 100+ entries, each with its source", () => {
    expect(entries.length).toBeGreaterThanOrEqual(100);
    for (const entry of entries) expect(entry.source).toMatch(/^https:\/\/github\.com\//);
  });

  it("keeps the measured rates, far ahead of opencc-js", () => {
    expect(right("tw", entries)).toBeGreaterThanOrEqual(110);
    expect(right("hk", [...withHongKong])).toBe(withHongKong.size);
    expect(right("cn", entries)).toBe(entries.length);
    const opencc = entries.filter((entry) => outputs.get(entry)?.tw.opencc === entry.tw).length;
    expect(opencc).toBeLessThan(40);
  });

  it("never gets wrong a pair opencc-js gets right (Hong Kong not scored where the report has none)", () => {
    expect(brokenPairs(outputs, entries).filter((pair) => !pair.startsWith("hk "))).toEqual([]);
  });
});
