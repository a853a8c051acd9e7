/**
 * Round-3 conversion set (tests/fixtures/conversion/round3-errors.json, built from
 * round3-errors.tsv): reported errors, news sentences with a reported error's mechanism and
 * one-to-many readings, each with its source, measured against opencc-js in the same test, in the
 * Taiwan, Hong Kong and Simplified editions.
 */
import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { beforeAll, describe, expect, it } from "vitest";
import { getConverter } from "../../../src/lib/script/converter.ts";
import { hansEdition, hantEdition, SIMPLIFIED, taiwan } from "./support.ts";

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
const converter = getConverter({ editions: [], overrides: [], groups: [] });
const EDITIONS = ["tw", "hk", "cn"] as const;
type Edition = (typeof EDITIONS)[number];

const outputs = new Map<Entry, Record<Edition, { ours: string; opencc: string }>>();
beforeAll(() => {
  const opencc = {
    tw: OpenCC.Converter({ from: "cn", to: "tw" }),
    hk: OpenCC.Converter({ from: "cn", to: "hk" }),
    cn: OpenCC.Converter({ from: "tw", to: "cn" }),
  };
  for (const entry of entries)
    outputs.set(entry, {
      tw: { ours: converter.convert(entry.hans, SIMPLIFIED, hantEdition("tw")), opencc: opencc.tw(entry.hans) },
      hk: { ours: converter.convert(entry.hans, SIMPLIFIED, hantEdition("hk")), opencc: opencc.hk(entry.hans) },
      cn: { ours: converter.convert(entry.tw, taiwan("tw"), hansEdition), opencc: opencc.cn(entry.tw) },
    });
});
const expected = (entry: Entry, edition: Edition) => (edition === "cn" ? entry.hans : entry[edition]);
const rate = (list: Entry[], edition: Edition, who: "ours" | "opencc") =>
  list.filter((entry) => outputs.get(entry)?.[edition][who] === expected(entry, edition)).length / list.length;

describe("round-3 conversion set", () => {
  it("has 200+ entries, each with a source, a third held out", () => {
    expect(entries.length).toBeGreaterThanOrEqual(200);
    for (const entry of entries) expect(entry.source).toMatch(/github\.com|newsprint issue/);
    expect(entries.filter((entry) => entry.heldOut).length).toBeGreaterThanOrEqual(entries.length / 4);
  });

  it("never gets wrong a pair opencc-js gets right, in any edition", () => {
    for (const edition of EDITIONS) {
      const broken = entries.filter((entry) => {
        const result = outputs.get(entry)?.[edition];
        return result?.opencc === expected(entry, edition) && result.ours !== expected(entry, edition);
      });
      expect(broken.map((entry) => `${edition} ${entry.hans}`)).toEqual([]);
    }
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
