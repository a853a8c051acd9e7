/** Where a headline may break (src/lib/site/strings.ts headlineWords; the page sets keep-all). */
import { describe, expect, it } from "vitest";
import { headlineWords } from "../../../src/lib/site/strings.ts";

describe("headline line breaks", () => {
  it("keeps every character of the headline, in order", () => {
    for (const text of [
      "南朝思想家范缜著有《神灭论》 学者谈原著与译著",
      "他说：“我们一定会赢。”",
      "Apple 发布 iPhone 16",
    ])
      expect(headlineWords(text, "zh-Hans").join("")).toBe(text);
  });

  it("keeps a short title in book-title marks or a short quotation on one line", () => {
    expect(headlineWords("南朝思想家范缜著有《神灭论》 学者谈原著与译著", "zh-Hans")).toContain("《神灭论》 ");
    expect(headlineWords("《中华人民共和国民法典》正式施行", "zh-Hans")[0]).toBe("《中华人民共和国民法典》");
    expect(headlineWords("年轻人为何“躺平”", "zh-Hans").at(-1)).toBe("“躺平”");
    expect(headlineWords("新書〈內捲時代〉熱銷", "zh-Hant")).toContain("〈內捲時代〉");
  });

  it("starts a piece at an opening mark, never ends one there, and cuts long titles into words", () => {
    const pieces = headlineWords("他说：“我们一定会赢得这场关键的比赛”", "zh-Hans");
    expect(pieces.some((piece) => /[《“「（]$/u.test(piece))).toBe(false);
    expect(pieces.filter((piece) => piece.startsWith("“"))).toHaveLength(1);
    expect(pieces.length).toBeGreaterThan(5);
  });
});
