/** What search indexes and looks up: words, character pairs, regional synonyms; marks on whole terms. */
import { describe, expect, it } from "vitest";
import { fold } from "../../../src/lib/site/fold.ts";
import { excerpt, highlightRanges } from "../../../src/lib/site/highlight.ts";
import { SYNONYM_GROUPS } from "../../../src/lib/site/search-synonyms.ts";
import { indexTerms, queryTerms } from "../../../src/lib/site/search-words.ts";

/** Whether a query finds a text, as the search page decides (every lookup term a prefix of an indexed term). */
const finds = (query: string, text: string) => {
  const indexed = indexTerms(fold(text));
  return queryTerms(fold(query)).every((term) =>
    term.lookup.every((lookup) => indexed.some((word) => word.startsWith(lookup))),
  );
};

describe("search terms", () => {
  it("finds a word the segmenter cut otherwise in the article, in every script", () => {
    for (const query of ["家裡", "家里", "家裏"]) expect(finds(query, "颱風天，他整天待在家裡。"), query).toBe(true);
    expect(finds("研究地圖", "司機下班後待在家裡研究地圖")).toBe(true);
    expect(finds("颱風 家裡", "颱風天，他整天待在家裡。")).toBe(true);
    expect(finds("颱風 學校", "颱風天，他整天待在家裡。")).toBe(false);
  });

  it("finds Hong Kong, Taiwan and mainland words for the same thing both ways", () => {
    const texts = {
      taxi: ["過海的士收費將調整", "計程車司機規劃路線", "出租车行业人士认为"],
      bike: ["平日騎單車上班", "騎腳踏車或搭捷運", "共享自行车投放量回升"],
      software: ["網上召車軟件", "推出一套軟體", "软件平台称"],
    };
    const queries = {
      taxi: ["的士", "計程車", "出租车", "计程车"],
      bike: ["單車", "腳踏車", "自行车", "单车"],
      software: ["軟件", "軟體", "软件"],
    };
    for (const [thing, list] of Object.entries(texts)) {
      for (const text of list) {
        for (const query of queries[thing as keyof typeof queries])
          expect(finds(query, text), `${query} in ${text}`).toBe(true);
      }
    }
  });

  it("does not take characters of other words for a synonym", () => {
    expect(finds("的士", "勇敢的士兵守衛邊境")).toBe(false);
    expect(finds("的士", "市民多數搭巴士")).toBe(false);
  });

  it("keeps every group closed under folding (a form folds to a form of its own group)", () => {
    for (const group of SYNONYM_GROUPS) for (const form of group) expect(group, form).toContain(fold(form));
  });

  it("marks whole terms, never single characters of them", () => {
    const words = queryTerms(fold("的士")).flatMap((term) => term.marks);
    const text = "晚上乘客多數搭巴士，過海的士收費調整，計程車亦然。";
    const marked = highlightRanges(text, words, fold).map(([start, end]) => text.slice(start, end));
    expect(marked).toEqual(["的士", "計程車"]);
  });

  it("cuts an excerpt around the first match", () => {
    const text = `${"前文".repeat(40)}有市民說，自己平日騎單車上班。${"後文".repeat(60)}`;
    const words = queryTerms(fold("單車")).flatMap((term) => term.marks);
    const cut = excerpt(text, words, fold);
    expect(cut?.text.startsWith("…")).toBe(true);
    expect(cut?.text.endsWith("…")).toBe(true);
    expect(cut?.ranges.map(([start, end]) => cut.text.slice(start, end))).toEqual(["單車"]);
    expect(excerpt(text, ["颱風"], fold)).toBeUndefined();
  });
});
