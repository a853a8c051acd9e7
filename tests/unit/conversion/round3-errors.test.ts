/**
 * Round-3 conversion set (tests/fixtures/conversion/round3-errors.json, built from
 * round3-errors.tsv): reported errors, news sentences with a reported error's mechanism and
 * one-to-many readings, each with its source, measured against opencc-js in the same test, in the
 * Taiwan, Hong Kong and Simplified editions.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { brokenPairs, pairOutputs, pairRate, type PairEdition, type PairOutputs } from "./support.ts";

type Entry = {
  hans: string;
  tw: string;
  hk: string;
  source: string;
  kind: "reported" | "pattern" | "rule";
  open: boolean;
  heldOut: boolean;
};
const file = new URL("../../fixtures/conversion/round3-errors.json", import.meta.url);
const entries = (JSON.parse(readFileSync(file, "utf8")) as { entries: Entry[] }).entries;
type Edition = PairEdition;
let outputs: PairOutputs = new Map();
beforeAll(() => {
  outputs = pairOutputs(entries);
});
const rate = (list: Entry[], edition: Edition, who: "ours" | "opencc") => pairRate(outputs, list, edition, who);

describe("round-3 conversion set", () => {
  it("has 200+ entries, each with a source, a third held out", () => {
    expect(entries.length).toBeGreaterThanOrEqual(200);
    for (const entry of entries) expect(entry.source).toMatch(/github\.com|newsprint issue/);
    expect(entries.filter((entry) => entry.heldOut).length).toBeGreaterThanOrEqual(entries.length / 4);
  });

  it("never gets wrong a pair opencc-js gets right, in any edition", () => {
    expect(brokenPairs(outputs, entries)).toEqual([]);
  });

  it("gets ≥ 95 % of the dev entries and ≥ 90 % of the held-out ones right, ahead of opencc-js", () => {
    for (const heldOut of [false, true]) {
      const list = entries.filter((entry) => entry.heldOut === heldOut);
      for (const edition of ["tw", "hk"] as const) {
        expect(rate(list, edition, "ours")).toBeGreaterThanOrEqual(heldOut ? 0.9 : 0.95);
        expect(rate(list, edition, "ours")).toBeGreaterThan(rate(list, edition, "opencc"));
      }
      expect(rate(list, "cn", "ours")).toBe(1);
    }
  });

  it("gets most errors still open upstream right, where opencc-js gets none", () => {
    const open = entries.filter((entry) => entry.open);
    expect(open.length).toBeGreaterThanOrEqual(10);
    expect(rate(open, "tw", "opencc")).toBe(0);
    expect(rate(open, "tw", "ours")).toBeGreaterThanOrEqual(0.8);
  });
});
