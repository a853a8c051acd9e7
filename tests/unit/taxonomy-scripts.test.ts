/**
 * Sections, tags and authors are one entity across scripts: spellings that read the same in an
 * edition share one page, the build names the spellings it merged, and slugs come from word-level
 * pinyin of the Simplified spelling.
 */
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/lib/article/schema.ts";
import { categorySlug } from "../../src/lib/site/categories.ts";
import { authorTerms, groupBy, sectionTerms, tagTerms } from "../../src/lib/site/taxonomy.ts";
import { mergedTermWarnings } from "../../src/lib/site/term-messages.ts";
import { relatedStories } from "../../src/lib/site/related.ts";
import { slugify } from "../../src/lib/import/slug.ts";
import { article, HANS, HANT, parse } from "../support/articles.ts";

/** Parsed articles from front-matter snippets, each with its own slug and file. */
function articles(...heads: string[]): (Article & { file: string })[] {
  return heads.map((head, i) => {
    const parsed = parse(article("正文。", `slug: a${i}\n${head}\n`), { file: `content/a${i}.md` }).article;
    if (parsed === undefined) throw new Error(`fixture ${i} does not parse`);
    return { ...parsed, file: `content/a${i}.md` };
  });
}
const sources = (heads: string[]) => (file: string) =>
  `---\ntitle: 標題\ndate: 2024-01-01\nsource: 本報\nslug: ${file.slice(9, -3)}\n${heads[Number(file.slice(9, -3))] ?? ""}\n---\n\n正文。\n`;

describe("one entity across scripts", () => {
  const heads = [
    "script: hant\ntags:\n  - 台灣\n  - 經濟",
    "script: hant\ntags:\n  - 臺灣",
    "script: hans\ntags:\n  - 台湾\n  - 经济",
    "script: hant\ntags:\n  - 臺灣",
    "script: hans\ntags:\n  - ＡＩ",
    "script: hans\ntags:\n  - ai",
    "script: hans\ntags:\n  - 体育",
  ];
  const parsed = articles(...heads);

  it("gives spellings that read the same in an edition one page in every edition", () => {
    const groups = groupBy(parsed, tagTerms, "tag", (name, key) => name[HANS] ?? key);
    const view = groups
      .map((g) => [g.term.slug, g.term.name[HANS], g.term.name[HANT], g.articles.map((a) => a.slug)])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    // Articles in the caller's order (here the parse order); each spelling's page is one page.
    expect(view).toEqual([
      ["ai", expect.stringMatching(/^(ai|ＡＩ)$/), expect.stringMatching(/^(ai|ＡＩ)$/), ["a4", "a5"]],
      ["jing-ji", "经济", "經濟", ["a0", "a2"]],
      ["tai-wan", "台湾", expect.stringMatching(/^[台臺]灣$/), ["a0", "a1", "a2", "a3"]],
      ["ti-yu", "体育", "體育", ["a6"]],
    ]);
    // No edition has two tag pages with one title.
    for (const edition of [HANS, HANT]) {
      const titles = groups.map((g) => g.term.name[edition]);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it("shows the spelling most articles use", () => {
    const groups = groupBy(parsed, tagTerms, "tag");
    const taiwan = groups.find((g) => g.articles.length === 4);
    // 臺灣 twice, 台灣 once, 台湾 (converted to the Traditional edition's spelling) once.
    expect(taiwan?.keys.length).toBeGreaterThanOrEqual(2);
    expect(taiwan?.term.name[HANS]).toBe("台湾");
  });

  it("names the merged spellings, their files and a position, with a rule id", () => {
    const warnings = mergedTermWarnings(parsed, sources(heads));
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    for (const warning of warnings) {
      expect(warning.ruleId).toBe("term-spellings-merged");
      expect(warning.severity).toBe("warning");
      expect(warning.line).toBeGreaterThan(5);
      expect(warning.message).toMatch(/content\/a\d\.md/);
      expect(warning.message).toMatch(/[:;] .+[.?]$/);
    }
    const taiwan = warnings.find((w) => w.message.includes("台湾") || w.message.includes("臺灣"));
    expect(taiwan?.message).toContain("zh-hans");
    const ai = warnings.find((w) => /ＡＩ|"ai"/.test(w.message));
    expect(ai).toBeDefined();
    // Distinct names merge nothing.
    expect(mergedTermWarnings(articles("tags:\n  - 体育", "tags:\n  - 经济"), () => "")).toEqual([]);
  });

  it("relates stories through merged spellings", () => {
    const stories = articles(
      "script: hant\ncategory: 甲\ntags:\n  - 台灣",
      "script: hant\ncategory: 乙\ntags:\n  - 臺灣",
      "script: hans\ncategory: 丙\ntags:\n  - 体育",
    );
    expect(
      relatedStories(stories)
        .get("a0")
        ?.map((a) => a.slug),
    ).toEqual(["a1"]);
  });

  it("merges authors and sections the same way", () => {
    const people = articles(
      "script: hant\nauthors:\n  - 鄭麗文",
      "script: hans\nauthor: 郑丽文",
      "breadcrumb:\n  - 兩岸",
    );
    expect(groupBy(people, authorTerms, "author").map((g) => g.articles.map((a) => a.slug))).toEqual([["a0", "a1"]]);
    const sections = articles("script: hant\ncategory: 兩岸", "script: hans\ncategory: 两岸");
    expect(groupBy(sections, sectionTerms, "section").map((g) => g.articles.length)).toEqual([2]);
  });
});

describe("slugs from word-level pinyin", () => {
  it.each([
    ["央行", "yang-hang"],
    ["央行加息", "yang-hang-jia-xi"],
    ["排行榜", "pai-hang-bang"],
    ["重组", "chong-zu"],
    ["率先", "shuai-xian"],
    // Readings that were already right keep their URL.
    ["银行", "yin-hang"],
    ["行长", "hang-zhang"],
    ["重庆", "chong-qing"],
    ["保密工作动态", "bao-mi-gong-zuo-dong-tai"],
    ["AI 与 5G", "ai-yu-5g"],
  ])("%s → %s", (name, slug) => expect(categorySlug(name)).toBe(slug));

  it("reads imported files' names the same way", () => {
    expect(slugify("央行宣布降准")).toBe("yang-hang-xuan-bu-jiang-zhun");
  });

  it("reads the Simplified spelling, so Traditional names get the same slug", () => {
    const parsed = articles("script: hant\ntags:\n  - 央行", "script: hant\ntags:\n  - 銀行業");
    const groups = groupBy(parsed, tagTerms, "tag", (name, key) => name[HANS] ?? key);
    expect(groups.map((g) => g.term.slug).sort()).toEqual(["yang-hang", "yin-hang-ye"]);
  });
});
