/** Collators kept per locales and options compare exactly as `localeCompare` does, and are undone. */
import { describe, expect, it } from "vitest";
import { cacheCollators } from "../../../src/lib/output/cached-collators.ts";

const words = [
  "https://news.example.org/zh-hant/2021-12-10-a00012.html",
  "https://news.example.org/zh-hant/2021-12-10-a0002.html",
  "https://news.example.org/zh-hans/tag/青岛/page/10/",
  "https://news.example.org/zh-hans/tag/青岛/page/9/",
  "Äpfel",
  "apfel",
  "Apfel",
  "résumé",
  "resume",
  "item 10",
  "item 9",
  "ITEM 9",
  "青岛",
  "北京",
  "臺灣",
  "台湾",
  "",
];
const calls: [string | string[] | undefined, Intl.CollatorOptions | undefined][] = [
  [undefined, undefined],
  ["en", { numeric: true }],
  ["en", undefined],
  [undefined, { sensitivity: "base" }],
  [["de", "en"], { caseFirst: "upper" }],
  ["zh-Hant-TW", { numeric: true, sensitivity: "accent" }],
  ["zh-u-co-pinyin", undefined],
];

const orders = () => calls.map(([locales, options]) => [...words].sort((a, b) => a.localeCompare(b, locales, options)));

describe("cacheCollators", () => {
  it("sorts as localeCompare does for every locale and option, then is undone", () => {
    const expected = orders();
    const pairs = words.flatMap((a) =>
      words.map((b) => a.localeCompare(b, "en", { numeric: true, sensitivity: "base" })),
    );
    const original = String.prototype.localeCompare;
    const undo = cacheCollators();
    try {
      expect(String.prototype.localeCompare).not.toBe(original);
      expect(orders()).toEqual(expected);
      // Equal, before and after, not only in the order they sort to.
      expect(
        words.flatMap((a) => words.map((b) => a.localeCompare(b, "en", { numeric: true, sensitivity: "base" }))),
      ).toEqual(pairs);
      expect(() => "a".localeCompare("b", "not a locale!")).toThrow(RangeError);
      expect(() => String.prototype.localeCompare.call(null, "b", "en")).toThrow(TypeError);
    } finally {
      undo();
    }
    expect(String.prototype.localeCompare).toBe(original);
  });
});
