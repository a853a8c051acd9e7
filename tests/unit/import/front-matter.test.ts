/**
 * The importer's front matter comes from the article's field list: the fields translated into
 * each edition are the ones finished into the stored script; the others are written as found.
 */
import { describe, expect, it } from "vitest";
import { ARTICLE_FIELDS } from "../../../src/lib/article/fields.ts";
import { assembleFrontMatter, IMPORTED_FIELDS } from "../../../src/lib/import/front-matter.ts";
import { renderArticle } from "../../../src/lib/import/markdown.ts";

const mark = (text: string): string => `«${text}»`;

describe("importer front matter", () => {
  it("finishes exactly the translated fields and leaves empty optional ones out", () => {
    const front = assembleFrontMatter(
      {
        title: "標題",
        date: "2024-05-12 08:31",
        source: "來源",
        author: "作者",
        breadcrumb: ["首頁", "要聞"],
        reprintedFrom: "",
        originalUrl: "https://example.com/a",
        slug: "a-b",
        script: "hans",
      },
      mark,
    );
    expect(front).toEqual({
      title: "«標題»",
      date: "2024-05-12 08:31",
      source: "«來源»",
      author: "«作者»",
      breadcrumb: ["«首頁»", "«要聞»"],
      originalUrl: "https://example.com/a",
      slug: "a-b",
      script: "hans",
    });
    for (const name of IMPORTED_FIELDS) {
      const value = front[name];
      if (value === undefined || name === "script") continue;
      const finished = JSON.stringify(value).includes("«");
      expect(finished, name).toBe("translated" in ARTICLE_FIELDS[name]);
    }
  });

  it("writes the fields in the list's order, required ones even when empty", () => {
    const front = assembleFrontMatter({ title: "", source: "S", script: "hant", date: "2024-01-02" }, mark);
    const yaml = renderArticle(front, [{ kind: "paragraph", text: "正文。", line: 3 }]).markdown.split("---")[1];
    expect(yaml).toBe("\ntitle: «»\ndate: 2024-01-02\nsource: «S»\nscript: hant\n");
  });
});
