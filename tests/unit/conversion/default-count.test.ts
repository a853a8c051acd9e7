import { describe, expect, it } from "vitest";
import { getConverter } from "../../../src/lib/script/converter.ts";
import { AMBIGUOUS_HANS, reviewConversion } from "../../../src/lib/script/review.ts";
import type { ConversionSettings } from "../../../src/lib/script/types.ts";
import { hansEdition } from "./support.ts";

const hant = {
  id: "zh-hant",
  lang: "zh-Hant",
  script: "hant",
  standard: "tw",
  variants: {},
  quotes: "corner",
} as const;
const settings: ConversionSettings = { editions: [hant, hansEdition], overrides: [], groups: [] };
const hans = { script: "hans", standard: "cn" } as const;
/**
 * The review list's single-character defaults on the characters editors check most (it also lists
 * rules, name guesses, phrases and defaults on the rest of OpenCC's one-to-many characters).
 */
const defaults = (text: string) =>
  reviewConversion(text, hans, hant).filter(
    (item) => item.kind === "default" && AMBIGUOUS_HANS[item.source] !== undefined,
  );

describe("the build's count of characters decided by a single-character default", () => {
  it("counts the defaults the review list lists, and nothing a phrase decided", () => {
    const converter = getConverter(settings);
    converter.takeDefaultCount?.();
    const texts = ["他把头发剪短了。", "这个面很平整，他发了一条消息。", "干部们说干就干。", "没有歧义的句子。"];
    for (const text of texts) {
      converter.convertMany([text], hans, hant);
      expect(converter.takeDefaultCount?.()).toBe(defaults(text).length);
    }
    converter.convertMany(["他把头发剪短了。"], hans, hant);
    expect(converter.takeDefaultCount?.()).toBe(0);
    converter.convertMany(texts, hans, hant);
    const listed = texts.reduce((sum, text) => sum + defaults(text).length, 0);
    expect(listed).toBeGreaterThan(0);
    expect(converter.takeDefaultCount?.()).toBe(listed);
    expect(converter.takeDefaultCount?.()).toBe(0);
  });
});
