/**
 * The review list measured: on the sourced conversion sets (round 2 and round 3, Taiwan edition),
 * the lines the report shows by default (risk ≥ 50) must name most wrong decisions, with fewer
 * false alarms than real ones.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getConverter } from "../../../src/lib/script/converter.ts";
import { reviewConversion } from "../../../src/lib/script/review.ts";
import { hantEdition, SIMPLIFIED } from "./support.ts";

type Entry = { hans: string; tw: string };
const read = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../fixtures/conversion/${name}`, import.meta.url), "utf8")) as {
      entries: Entry[];
    }
  ).entries;
const SHOWN = 50;

describe("review list", () => {
  it("names ≥ 75 % of the wrong decisions on the sourced sets, with fewer false alarms than named ones", () => {
    const converter = getConverter({ editions: [], overrides: [], groups: [] });
    let wrong = 0;
    let named = 0;
    let falseAlarms = 0;
    for (const entry of [...read("round2-errors.json"), ...read("round3-errors.json")]) {
      const ours = converter.convert(entry.hans, SIMPLIFIED, hantEdition("tw"));
      const shown = reviewConversion(entry.hans, SIMPLIFIED, hantEdition("tw")).filter((item) => item.risk >= SHOWN);
      const wrongAt = new Set<number>();
      expect(ours.length).toBe(entry.tw.length);
      for (let i = 0; i < ours.length; i++) if (ours[i] !== entry.tw[i]) wrongAt.add(i);
      wrong += wrongAt.size;
      named += [...wrongAt].filter((at) => shown.some((item) => item.offset === at)).length;
      falseAlarms += shown.filter((item) => !wrongAt.has(item.offset)).length;
    }
    expect(wrong).toBeGreaterThan(0);
    expect(named / wrong).toBeGreaterThanOrEqual(0.75);
    expect(falseAlarms).toBeLessThan(named);
  });

  it("lists a phrase, a rule and a name decision with --all-level risks, each with its evidence", () => {
    const items = reviewConversion("作家余华说，他把头发甩干了。", SIMPLIFIED, hantEdition("tw"));
    const kinds = new Set(items.map((item) => item.kind));
    expect(kinds).toEqual(new Set(["name", "phrase", "rule", "default"]));
    const name = items.find((item) => item.kind === "name");
    expect(name?.evidence).toMatchObject({ disagrees: true });
    const phrase = items.find((item) => item.kind === "phrase");
    expect(phrase).toMatchObject({ source: "发", target: "髮", reason: "头发" });
    expect(phrase?.risk).toBeLessThan(SHOWN);
  });
});
