import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/lib/fingerprint.ts";
import { categorySlug } from "../../src/lib/site/categories.ts";
import { groupBy, sectionTerms } from "../../src/lib/site/taxonomy.ts";
import { paginate } from "../../src/lib/site/pagination.ts";
import { articlePath, categoryPath, indexPath, withBase } from "../../src/lib/site/paths.ts";
import { article, parse } from "../support/articles.ts";

describe("site structure", () => {
  it("joins base paths without doubling or losing slashes", () => {
    expect(withBase("/", "zh-hant/a/")).toBe("/zh-hant/a/");
    expect(withBase("/news/", "/zh-hant/a/")).toBe("/news/zh-hant/a/");
    expect(withBase("/news", "")).toBe("/news/");
    expect(indexPath("zh-hans", 1)).toBe("zh-hans/");
    expect(indexPath("zh-hans", 3)).toBe("zh-hans/page/3/");
    expect(categoryPath("zh-hant", "jing-ji", 2)).toBe("zh-hant/category/jing-ji/page/2/");
    expect(articlePath("zh-hant", "x")).toBe("zh-hant/x.html");
  });

  it("paginates in pages of 20 filled from the oldest, always at least one page", () => {
    const lengths = (n: number) => paginate(Array.from({ length: n }, (_, i) => i)).map((page) => page.items.length);
    expect(lengths(0)).toEqual([0]);
    expect(lengths(20)).toEqual([20]);
    // Under two full pages, the first holds what the second does not.
    expect(lengths(27)).toEqual([7, 20]);
    expect(lengths(40)).toEqual([20, 20]);
    // Then the first page holds 20 to 39 stories.
    expect(lengths(45)).toEqual([25, 20]);
    expect(lengths(59)).toEqual([39, 20]);
    expect(lengths(60)).toEqual([20, 20, 20]);
    const pages = paginate(Array.from({ length: 65 }, (_, i) => i));
    expect(pages.map((page) => [page.number, page.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(pages[1]?.items[0]).toBe(25);
    expect(pages[2]?.items.at(-1)).toBe(64);
    // One story more: the first page takes it, the older pages keep theirs.
    const next = paginate(Array.from({ length: 66 }, (_, i) => i - 1));
    expect(next[0]?.items).toEqual(Array.from({ length: 26 }, (_, i) => i - 1));
    expect(next.slice(1)).toEqual(pages.slice(1));
  });

  it("groups articles by the last breadcrumb level, with readable unique slugs", () => {
    expect(categorySlug("保密工作动态")).toBe("bao-mi-gong-zuo-dong-tai");
    expect(categorySlug("AI 与 5G")).toBe("ai-yu-5g");
    const parsed = [
      ["新闻\n  - 经济", "hans"],
      ["新聞\n  - 經濟", "hant"],
      ["要闻\n  - 体育", "hans"],
    ].map(
      ([crumbs, script], i) =>
        parse(article("正文。", `breadcrumb:\n  - ${crumbs}\nslug: a${i}\nscript: ${script}\n`)).article,
    );
    const groups = groupBy(
      parsed.filter((a) => a !== undefined),
      sectionTerms,
      "section",
    );
    expect(groups.map((g) => [g.term.slug, g.term.name["zh-hant"], g.articles.map((a) => a.slug)])).toEqual([
      ["jing-ji", "經濟", ["a0", "a1"]],
      ["ti-yu", "體育", ["a2"]],
    ]);
  });

  it("changes the parser fingerprint whenever parser code changes", () => {
    const dir = mkdtempSync(join(tmpdir(), "np-fp-"));
    writeFileSync(join(dir, "parse.ts"), "export const v = 1;");
    const before = fingerprint(dir, ["."], ["settings"]);
    expect(fingerprint(dir, ["."], ["settings"])).toBe(before);
    // The same files in another folder (another checkout of the project): the same fingerprint.
    const moved = mkdtempSync(join(tmpdir(), "np-fp-"));
    writeFileSync(join(moved, "parse.ts"), "export const v = 1;");
    expect(fingerprint(moved, ["."], ["settings"])).toBe(before);
    writeFileSync(join(dir, "parse.ts"), "export const v = 2;");
    expect(fingerprint(dir, ["."], ["settings"])).not.toBe(before);
    expect(fingerprint(dir, ["."], ["other settings"])).not.toBe(fingerprint(dir, ["."], ["settings"]));
  });
});
