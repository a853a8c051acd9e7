import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { beforeAll, describe, expect, it } from "vitest";
import { getConverter } from "../../../src/lib/script/converter.ts";
import type { OpenccStandard } from "../../../src/lib/script/types.ts";
import { hansEdition, hantEdition, SIMPLIFIED, taiwan } from "./support.ts";

type Entry = {
  hans: string;
  hant: string;
  standard: OpenccStandard;
  source: string;
  kind: "reported" | "pattern";
  heldOut: boolean;
};
const file = new URL("../../fixtures/conversion/reported-errors.json", import.meta.url);
const entries = (JSON.parse(readFileSync(file, "utf8")) as { entries: Entry[] }).entries;
const converter = getConverter({ editions: [], overrides: [], groups: [] });

const toHant = (entry: Entry) => converter.convert(entry.hans, SIMPLIFIED, hantEdition(entry.standard));
const toHans = (entry: Entry) => converter.convert(entry.hant, taiwan(entry.standard), hansEdition);
const openccToHant = (entry: Entry) => OpenCC.Converter({ from: "cn", to: entry.standard })(entry.hans);
const rate = (list: Entry[], right: (entry: Entry) => boolean) => list.filter(right).length / list.length;

/** Outputs computed once (dictionaries and jieba load on first use, slow on a busy machine). */
const outputs = new Map<Entry, { ours: string; back: string; opencc: string }>();
beforeAll(() => {
  for (const entry of entries)
    outputs.set(entry, { ours: toHant(entry), back: toHans(entry), opencc: openccToHant(entry) });
});
const ours = (entry: Entry) => outputs.get(entry)?.ours;
const back = (entry: Entry) => outputs.get(entry)?.back;
const theirs = (entry: Entry) => outputs.get(entry)?.opencc;

describe("reported opencc-js errors", () => {
  it("is a list of 100+ entries, each with its source", () => {
    expect(entries.length).toBeGreaterThanOrEqual(100);
    for (const entry of entries) expect(entry.source).not.toBe("");
  });

  it("gets ≥ 85 % of the held-out entries right Simplified → Taiwan, where opencc-js gets about half", () => {
    const heldOut = entries.filter((entry) => entry.heldOut);
    expect(rate(heldOut, (entry) => ours(entry) === entry.hant)).toBeGreaterThanOrEqual(0.85);
    expect(rate(heldOut, (entry) => theirs(entry) === entry.hant)).toBeLessThan(0.6);
  });

  it("gets ≥ 85 % of all entries right Simplified → Taiwan", () => {
    expect(rate(entries, (entry) => ours(entry) === entry.hant)).toBeGreaterThanOrEqual(0.85);
  });

  it("gets every entry right Taiwan → Simplified", () => {
    const wrong = entries.filter((entry) => back(entry) !== entry.hans).map((entry) => entry.hant);
    expect(wrong).toEqual([]);
  });
});
