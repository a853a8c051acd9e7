/**
 * The marked sets (tests/fixtures/conversion/roundN.json, built from roundN.tsv by marked-build.ts):
 * news sentences written for issue #22 (round 5: its fifth measurement; round 7: a probe of new
 * contexts and of dictionary phrases that span two words), each split before anything was run into
 * a development half and a held-out half measured by totals only. Newsprint against opencc-js in
 * the Taiwan, Hong Kong and Simplified editions: the measured rates are floors, and no pair
 * opencc-js gets right may be made wrong.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { brokenPairs, pairOutputs, pairRate } from "./support.ts";

type Entry = { hans: string; tw: string; hk: string; source: string; heldOut: boolean };

/** Per set: its size, and the rates measured with tests/unit/conversion/measure.ts (development, held out). */
const SETS = [
  { round: 5, size: 200, floors: { dev: 0.99, heldOut: 0.98 } },
  { round: 7, size: 250, floors: { dev: 1, heldOut: 0.98 } },
] as const;

describe.each(SETS)("round-$round set", ({ round, size, floors }) => {
  const file = new URL(`../../fixtures/conversion/round${round}.json`, import.meta.url);
  const entries = (JSON.parse(readFileSync(file, "utf8")) as { entries: Entry[] }).entries;
  const heldOut = entries.filter((entry) => entry.heldOut);
  const dev = entries.filter((entry) => !entry.heldOut);
  const outputs = pairOutputs(entries);

  it(`has ${size}+ sourced sentences, a third or more of them held out`, () => {
    expect(entries.length).toBeGreaterThanOrEqual(size);
    expect(heldOut.length).toBeGreaterThanOrEqual(entries.length / 3);
    for (const entry of entries) expect(entry.source).toMatch(/^https:\/\/github\.com\/BYVoid\/OpenCC\//);
  });

  it("never gets wrong a pair opencc-js gets right, in any edition", () => {
    expect(brokenPairs(outputs, entries)).toEqual([]);
  });

  it("keeps the measured rates on both halves, ahead of opencc-js", () => {
    for (const [list, floor] of [
      [dev, floors.dev],
      [heldOut, floors.heldOut],
    ] as const) {
      for (const edition of ["tw", "hk"] as const) {
        expect(pairRate(outputs, list, edition, "ours")).toBeGreaterThanOrEqual(floor);
        expect(pairRate(outputs, list, edition, "ours")).toBeGreaterThan(pairRate(outputs, list, edition, "opencc"));
      }
      expect(pairRate(outputs, list, "cn", "ours")).toBeGreaterThanOrEqual(floor);
    }
  });
});
