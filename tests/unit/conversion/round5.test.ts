/**
 * Round-5 set (tests/fixtures/conversion/round5.json, built from round5.tsv): news sentences
 * written for issue #22's fifth measurement, split before anything was run into a development half
 * and a held-out half measured by totals only. Newsprint against opencc-js in the Taiwan, Hong
 * Kong and Simplified editions: the measured rates are floors, and no pair opencc-js gets right
 * may be made wrong.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { brokenPairs, pairOutputs, pairRate, type PairOutputs } from "./support.ts";

type Entry = { hans: string; tw: string; hk: string; source: string; heldOut: boolean };
const file = new URL("../../fixtures/conversion/round5.json", import.meta.url);
const entries = (JSON.parse(readFileSync(file, "utf8")) as { entries: Entry[] }).entries;
const heldOut = entries.filter((entry) => entry.heldOut);
const dev = entries.filter((entry) => !entry.heldOut);
let outputs: PairOutputs = new Map();
beforeAll(() => {
  outputs = pairOutputs(entries);
});

describe("round-5 set", () => {
  it("has 200+ sourced sentences, 100+ of them held out", () => {
    expect(entries.length).toBeGreaterThanOrEqual(200);
    expect(heldOut.length).toBeGreaterThanOrEqual(100);
    for (const entry of entries) expect(entry.source).toMatch(/^https:\/\/github\.com\/BYVoid\/OpenCC\//);
  });

  it("never gets wrong a pair opencc-js gets right, in any edition", () => {
    expect(brokenPairs(outputs, entries)).toEqual([]);
  });

  it("keeps the measured rates on both halves, ahead of opencc-js", () => {
    // Measured with tests/unit/conversion/measure.ts (see docs/pending/conv5.md).
    for (const [list, floor] of [
      [dev, 0.99],
      [heldOut, 0.98],
    ] as const) {
      for (const edition of ["tw", "hk"] as const) {
        expect(pairRate(outputs, list, edition, "ours")).toBeGreaterThanOrEqual(floor);
        expect(pairRate(outputs, list, edition, "ours")).toBeGreaterThan(pairRate(outputs, list, edition, "opencc"));
      }
      expect(pairRate(outputs, list, "cn", "ours")).toBe(1);
    }
  });
});
