/**
 * CeJS's corrections to opencc (data/conversion/cejs-phrases.json, build-cejs-phrases.ts): each
 * phrase departs from opencc-js's reading of it alone only at a one-to-many character whose forms
 * differ in meaning, with one of that character's candidates; and the engine takes them.
 */
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import cejs from "../../../data/conversion/cejs-phrases.json" with { type: "json" };
import { AMBIGUOUS_HANS, ONE_TO_MANY } from "../../../src/lib/script/ambiguous.ts";
import { getConverter } from "../../../src/lib/script/converter.ts";
import { hantEdition, SIMPLIFIED } from "./support.ts";

const phrases = Object.entries(cejs.phrases as Record<string, string>);
const toStandard = OpenCC.Converter({ from: "cn", to: "t" });
const converter = getConverter({ editions: [], overrides: [], groups: [] });

describe("CeJS's phrases", () => {
  it("differ from opencc-js only at one-to-many characters, with their candidates", () => {
    expect(phrases.length).toBeGreaterThan(1000);
    const strays: string[] = [];
    for (const [source, target] of phrases) {
      const chars = [...source];
      const opencc = [...toStandard(source)];
      const forms = [...target];
      if (chars.length < 3 || forms.length !== chars.length) strays.push(source);
      chars.forEach((char, i) => {
        if (forms[i] === opencc[i]) return;
        const candidates = ONE_TO_MANY.hans[char] ?? [];
        if (AMBIGUOUS_HANS[char] === undefined || !candidates.includes(forms[i] ?? ""))
          strays.push(`${source} → ${target}`);
      });
    }
    expect(strays).toEqual([]);
  });

  it("decide where the sentence holds them as words, in every edition's forms", () => {
    const cases: [string, string, string][] = [
      ["比赛中他出大丑了", "比賽中他出大醜了", "比賽中他出大醜了"],
      ["他扒完了面就走", "他扒完了麵就走", "他扒完了麪就走"],
      ["两人聊天后决定合作", "兩人聊天後決定合作", "兩人聊天後決定合作"],
      ["老人花须皆白", "老人花鬚皆白", "老人花鬚皆白"],
      ["这条龙有须无角", "這條龍有鬚無角", "這條龍有鬚無角"],
    ];
    for (const [hans, tw, hk] of cases) {
      expect(converter.convert(hans, SIMPLIFIED, hantEdition("tw"))).toBe(tw);
      expect(converter.convert(hans, SIMPLIFIED, hantEdition("hk"))).toBe(hk);
    }
  });
});
