/**
 * The review list measured on every sourced conversion set (tests/unit/conversion/pairs.ts),
 * Taiwan edition, by the lines the report shows by default (risk ≥ 50): on the development pairs
 * it names every wrong decision; on all pairs (held-out halves counted by totals) it keeps the
 * figures measured with measure.ts. The engine now gets every development pair right, so
 * "fewer false alarms than named ones" is checked where there are errors enough to count: on the
 * decisions of the engine without its rules, with risks calibrated on the other half of the
 * pairs (review-cv.ts; docs/testing.md).
 */
import { describe, expect, it } from "vitest";
import { getConverter } from "../../../src/lib/script/converter.ts";
import { reviewConversion } from "../../../src/lib/script/review.ts";
import { hantEdition, SIMPLIFIED } from "./support.ts";
import { pairs, type Pair } from "./pairs.ts";
import { crossValidate } from "./review-cv.ts";

const SHOWN = 50;

function tally(list: readonly Pair[]): { wrong: number; named: number; falseAlarms: number } {
  const converter = getConverter({ editions: [], overrides: [], groups: [] });
  let wrong = 0;
  let named = 0;
  let falseAlarms = 0;
  for (const entry of list) {
    const ours = converter.convert(entry.hans, SIMPLIFIED, hantEdition("tw"));
    const shown = reviewConversion(entry.hans, SIMPLIFIED, hantEdition("tw")).filter((item) => item.risk >= SHOWN);
    const wrongAt = new Set<number>();
    expect(ours.length).toBe(entry.tw.length);
    for (let i = 0; i < ours.length; i++) if (ours[i] !== entry.tw[i]) wrongAt.add(i);
    wrong += wrongAt.size;
    named += [...wrongAt].filter((at) => shown.some((item) => item.offset === at)).length;
    falseAlarms += shown.filter((item) => !wrongAt.has(item.offset)).length;
  }
  return { wrong, named, falseAlarms };
}

describe("review list", () => {
  const all = pairs().filter((pair) => pair.set !== "open-upstream");

  // 发卡 (a hairpin here) is listed as a phrase with another reading: one more line than before.
  it("names every wrong decision of the development pairs, with at most the 3 false alarms measured", () => {
    const { wrong, named, falseAlarms } = tally(all.filter((pair) => !pair.heldOut));
    expect(named).toBe(wrong);
    expect(falseAlarms).toBeLessThanOrEqual(3);
  });

  it("keeps its measured figures on all pairs: ≥ 1 of ≤ 3 wrong decisions named, ≤ 3 false alarms", () => {
    const { wrong, named, falseAlarms } = tally(all);
    expect(wrong).toBeLessThanOrEqual(3);
    expect(named).toBeGreaterThanOrEqual(Math.min(1, wrong));
    expect(falseAlarms).toBeLessThanOrEqual(3);
  });

  it("names nearly three in four wrong decisions the rules were not written from, with fewer false alarms", () => {
    // Measured 2026-12-05 (review-cv.ts, with the round-7 pairs): 89 of 119 named, 19 false alarms
    // (2026-12-04, without them: 86 of 114, 23; before the phrase calibration: 65 of 114, 11).
    const { wrong, byThreshold } = crossValidate([SHOWN]);
    const { named = 0, falseAlarms = Infinity } = byThreshold[0] ?? {};
    expect(wrong).toBeGreaterThan(100);
    expect(named / wrong).toBeGreaterThanOrEqual(0.74);
    expect(falseAlarms).toBeLessThan(named / 3);
  });

  it("does not rank a phrase by a reading seen once in the calibration (干劲十足, jieba's nr)", () => {
    const item = reviewConversion("他一向干劲十足。", SIMPLIFIED, hantEdition("tw")).find(
      (entry) => entry.source === "干",
    );
    expect(item).toMatchObject({ kind: "phrase", target: "幹", evidence: { tag: "nr" } });
    expect(item?.risk).toBeLessThan(SHOWN);
  });

  it("lists a dictionary phrase that misread the character in the calibration pairs, saying it has another reading", () => {
    const [hairpin] = reviewConversion("他戴着发卡。", SIMPLIFIED, hantEdition("tw")).filter(
      (item) => item.source === "发",
    );
    expect(hairpin).toMatchObject({ kind: "phrase", target: "髮", evidence: { phraseMisread: true } });
    expect(hairpin?.risk).toBeGreaterThanOrEqual(SHOWN);
    // A phrase never misread stays below the bar.
    const [hair] = reviewConversion("她剪了头发。", SIMPLIFIED, hantEdition("tw")).filter(
      (item) => item.source === "发",
    );
    expect(hair).toMatchObject({ kind: "phrase", target: "髮", evidence: { phraseMisread: false } });
    expect(hair?.risk).toBeLessThan(SHOWN);
  });

  it("takes a whole name jieba knows for a surname's place when no name rule read it (bare engine)", () => {
    const [surname] = reviewConversion("余秋雨的散文很受欢迎。", SIMPLIFIED, hantEdition("tw"), { bare: true }).filter(
      (item) => item.source === "余",
    );
    expect(surname).toMatchObject({ kind: "default", target: "餘", evidence: { nameShaped: true } });
    expect(surname?.risk).toBeGreaterThanOrEqual(SHOWN);
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
