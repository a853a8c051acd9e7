/**
 * Round-4 development set (tests/fixtures/conversion/round4-dev.json, built from round4-dev.tsv):
 * news sentences with the one-to-many characters of OpenCC's tables in everyday, name, place and
 * technical use, measured against opencc-js in the same test, in the Taiwan, Hong Kong and
 * Simplified editions; and the review list's recall on the decisions opencc-js gets wrong there.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { reviewConversion } from "../../../src/lib/script/review.ts";
import {
  hantEdition,
  pairOutputs,
  SIMPLIFIED,
  type PairEdition,
  type PairOutputs,
  brokenPairs,
  pairRate,
} from "./support.ts";

type Entry = { hans: string; tw: string; hk: string; source: string };
const file = new URL("../../fixtures/conversion/round4-dev.json", import.meta.url);
const entries = (JSON.parse(readFileSync(file, "utf8")) as { entries: Entry[] }).entries;
type Edition = PairEdition;
let outputs: PairOutputs = new Map();
beforeAll(() => {
  outputs = pairOutputs(entries);
});
const rate = (list: Entry[], edition: Edition, who: "ours" | "opencc") => pairRate(outputs, list, edition, who);

describe("round-4 development set", () => {
  it("has 300+ sentences, each with a source", () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    for (const entry of entries) expect(entry.source).toMatch(/github\.com|newsprint issue/);
  });

  it("never gets wrong a pair opencc-js gets right, in any edition", () => {
    expect(brokenPairs(outputs, entries)).toEqual([]);
  });

  it("gets ≥ 98 % right in every edition, well ahead of opencc-js", () => {
    for (const edition of ["tw", "hk"] as const) {
      expect(rate(entries, edition, "ours")).toBeGreaterThanOrEqual(0.98);
      expect(rate(entries, edition, "opencc")).toBeLessThan(0.92);
    }
    // 复盖 (a variant spelling) → 覆蓋 comes back as 覆盖: the one pair that cannot round-trip.
    expect(rate(entries, "cn", "ours")).toBeGreaterThanOrEqual(0.99);
    expect(rate(entries, "cn", "ours")).toBeGreaterThanOrEqual(rate(entries, "cn", "opencc"));
  });

  it("lists at risk ≥ 50 every character it still gets wrong, with eight false alarms", () => {
    let wrong = 0;
    let named = 0;
    let falseAlarms = 0;
    for (const entry of entries) {
      const ours = outputs.get(entry)?.tw.ours ?? "";
      const listed = reviewConversion(entry.hans, SIMPLIFIED, hantEdition("tw")).filter((item) => item.risk >= 50);
      if (ours.length !== entry.tw.length) continue;
      for (let at = 0; at < ours.length; at++) {
        if (ours[at] === entry.tw[at]) continue;
        wrong++;
        if (listed.some((item) => item.offset === at)) named++;
      }
      falseAlarms += listed.filter((item) => ours[item.offset] === entry.tw[item.offset]).length;
    }
    // Measured 2026-12-05: every sentence right; two lines at risk ≥ 50, 发卡 as a hairpin (a phrase
    // with two readings) and 面 of 面很好吃 (a default raised for unseen text, UNSEEN_TEXT_SHIFT);
    // five after two-character phrases crossing into a word against the default were raised
    // (地瓜干和, 干红, 剪短发: right here, wrong 12 times in 13 on unseen rounds); eight with the
    // risks calibrated on the round TSVs too (2026-12-06): 干了 of doing three times and 干得, phrases
    // the rounds show read both ways (血都干了, 地面干得发裂).
    expect(named).toBe(wrong);
    expect(falseAlarms).toBeLessThanOrEqual(8);
  });
});
