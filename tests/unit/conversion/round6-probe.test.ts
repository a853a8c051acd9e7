/**
 * News sentences written to probe issue 22's classes, each conversion read and checked by hand
 * (tests/fixtures/conversion/round6-probe.json): every one stays right in the Taiwan and Hong Kong
 * editions, and none that opencc-js gets right is made wrong.
 */
import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { getConverter } from "../../../src/lib/script/converter.ts";
import { hantEdition, SIMPLIFIED } from "./support.ts";

type Entry = { hans: string; tw: string; hk: string };
const { entries } = JSON.parse(
  readFileSync(new URL("../../fixtures/conversion/round6-probe.json", import.meta.url), "utf8"),
) as { entries: Entry[] };
const converter = getConverter({ editions: [], overrides: [], groups: [] });

describe("probe sentences (round 6)", () => {
  it.each(["tw", "hk"] as const)("converts every sentence as checked, %s edition", (edition) => {
    const wrong = entries
      .map((entry) => ({ want: entry[edition], got: converter.convert(entry.hans, SIMPLIFIED, hantEdition(edition)) }))
      .filter(({ want, got }) => want !== got);
    expect(entries.length).toBeGreaterThan(200);
    expect(wrong).toEqual([]);
  });

  it("makes no sentence wrong that opencc-js gets right, and gets more right than it", () => {
    const opencc = OpenCC.Converter({ from: "cn", to: "tw" });
    const theirs = entries.filter((entry) => opencc(entry.hans) === entry.tw);
    const broken = theirs.filter((entry) => converter.convert(entry.hans, SIMPLIFIED, hantEdition("tw")) !== entry.tw);
    expect(broken).toEqual([]);
    expect(theirs.length).toBeLessThan(entries.length);
  });
});
