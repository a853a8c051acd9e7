/**
 * Round-2 conversion set (tests/fixtures/conversion/round2-errors.json): reported errors and
 * OpenCC dictionary fixes, each with its source, measured against opencc-js in the same test.
 */
import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { beforeAll, describe, expect, it } from "vitest";
import { getConverter } from "../../../src/lib/script/converter.ts";
import { hantEdition, SIMPLIFIED } from "./support.ts";

type Entry = { hans: string; tw: string; hk: string; source: string; kind: "reported" | "rule"; heldOut: boolean };
const file = new URL("../../fixtures/conversion/round2-errors.json", import.meta.url);
const entries = (JSON.parse(readFileSync(file, "utf8")) as { entries: Entry[] }).entries;
const converter = getConverter({ editions: [], overrides: [], groups: [] });
const STANDARDS = ["tw", "hk"] as const;

type Outputs = Record<(typeof STANDARDS)[number], { ours: string; opencc: string }>;
const outputs = new Map<Entry, Outputs>();
beforeAll(() => {
  const opencc = { tw: OpenCC.Converter({ from: "cn", to: "tw" }), hk: OpenCC.Converter({ from: "cn", to: "hk" }) };
  for (const entry of entries) {
    const result = {} as Outputs;
    for (const standard of STANDARDS)
      result[standard] = {
        ours: converter.convert(entry.hans, SIMPLIFIED, hantEdition(standard)),
        opencc: opencc[standard](entry.hans),
      };
    outputs.set(entry, result);
  }
});
const score = (list: Entry[], standard: (typeof STANDARDS)[number], who: "ours" | "opencc") =>
  list.filter((entry) => outputs.get(entry)?.[standard][who] === entry[standard]).length / list.length;

describe("round-2 conversion set", () => {
  it("has 300+ entries, each with a source, split into dev and held-out", () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    for (const entry of entries) expect(entry.source).toMatch(/github\.com|newsprint issue/);
    expect(entries.filter((entry) => entry.heldOut).length).toBeGreaterThanOrEqual(100);
  });

  it("never gets wrong a pair opencc-js gets right (Taiwan and Hong Kong)", () => {
    for (const standard of STANDARDS) {
      const broken = entries.filter((entry) => {
        const result = outputs.get(entry)?.[standard];
        return result?.opencc === entry[standard] && result.ours !== entry[standard];
      });
      expect(broken.map((entry) => `${standard} ${entry.hans}`)).toEqual([]);
    }
  });

  it("beats opencc-js on the reported errors, dev and held-out", () => {
    for (const heldOut of [false, true]) {
      const reported = entries.filter((entry) => entry.kind === "reported" && entry.heldOut === heldOut);
      for (const standard of STANDARDS) {
        expect(score(reported, standard, "ours")).toBeGreaterThanOrEqual(heldOut ? 0.8 : 0.95);
        expect(score(reported, standard, "ours")).toBeGreaterThan(score(reported, standard, "opencc") + 0.3);
      }
    }
  });
});
