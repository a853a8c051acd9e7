/**
 * Metadata under hostile input: invisible and direction characters in every front matter text,
 * dates of the news model, images that try to leave the site's folders, and the accepted
 * fixtures of tests/fixtures/bad/ giving the right article (not only no error).
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { cleanInvisible } from "../../../src/lib/article/invisible.ts";
import { parseArticle } from "../../../src/lib/article/parse.ts";
import type { Article } from "../../../src/lib/article/schema.ts";
import { categorySlug } from "../../../src/lib/site/categories.ts";
import { authorTerms, groupBy, tagTerms } from "../../../src/lib/site/taxonomy.ts";
import { article, converter, HANS, HANT, parse } from "../../support/articles.ts";
import { ROOT } from "../../support/site.ts";

const clean = (value: string) => {
  const file = new VFile({ path: "a.md", value });
  const out = cleanInvisible(file, value, (index) => index);
  return { out, messages: file.messages.map((m) => [m.ruleId, m.column, m.fatal === true]) };
};

describe("invisible characters in metadata", () => {
  it.each([
    ["\u202E", "bidi-control", true],
    ["\u202A", "bidi-control", true],
    ["\u2066", "bidi-control", true],
    ["\u2069", "bidi-control", true],
    ["\u200E", "invisible-character", false],
    ["\u061C", "invisible-character", false],
    ["\u200B", "invisible-character", false],
    ["\u2060", "invisible-character", false],
    ["\uFEFF", "invisible-character", false],
    ["\u00AD", "invisible-character", false],
    ["\u3164", "invisible-character", false],
    ["\u2028", "invisible-character", false],
    ["\u{E0041}", "invisible-character", false],
  ])("U+%s between Han characters is reported and removed", (character, rule, fatal) => {
    const { out, messages } = clean(`台湾${character}新闻`);
    expect(out).toBe("台湾新闻");
    expect(messages).toEqual([[rule, 3, fatal]]);
  });

  it.each([
    ["an emoji ZWJ sequence", "👩\u200D💻 家庭：👨\u200D👩\u200D👧"],
    ["a skin-tone emoji joined", "🏃🏽\u200D♀\uFE0F"],
    ["a subdivision flag's tag characters", "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"],
    ["ZWNJ in Persian", "می\u200Cخواهم"],
    ["ZWJ after a Devanagari virama", "क्\u200Dष"],
    ["variation selectors on a Han character", "葛\u{E0100}城"],
  ])("keeps %s", (_what, text) => {
    expect(clean(text)).toEqual({ out: text, messages: [] });
  });

  it("removes a joiner between Han characters, and tag characters outside a flag", () => {
    expect(clean("台\u200D湾").out).toBe("台湾");
    expect(clean("新闻\u{E0069}\u{E0067}").out).toBe("新闻");
  });

  it("checks every front matter text, lists and nested values included", () => {
    const keys = [
      "title: 标\u200B题",
      "source: 新华\u200B社",
      "summary: 摘\u200B要",
      "reprintedFrom: 人民\u200B日报",
      "author: 王\u200B明",
      "category: 要\u200B闻",
      "breadcrumb:\n  - 新\u200B闻",
      "tags:\n  - 台\u200B湾",
      "image:\n  src: ./a.png\n  alt: 图\u200B\n  caption: 说\u200B明\n  credit: 记\u200B者",
      "conversion:\n  rules:\n    - { zh-hans: 干\u200B部, zh-hant: 幹部 }",
    ];
    for (const line of keys) {
      const key = line.slice(0, line.indexOf(":"));
      const base = article("正文。");
      const text = ["title", "source"].includes(key)
        ? base.replace(new RegExp(`^${key}: .*$`, "m"), line)
        : article("正文。", `${line}\n`);
      const { diagnostics } = parse(text, { fileExists: () => true });
      const invisible = diagnostics.filter((d) => d.ruleId === "invisible-character");
      expect(invisible.length, line).toBeGreaterThanOrEqual(1);
      for (const d of invisible) expect(d.line, line).toBeGreaterThan(1);
    }
  });

  it("publishes tags and authors without the invisible characters, one page for both spellings", () => {
    const parsed = ["tags:\n  - 台湾\u200B\nauthor: 王明\u200F", "tags:\n  - 台湾\nauthor: 王明"].map(
      (head, i) => parse(article("正文。", `slug: a${i}\n${head}\n`)).article as Article,
    );
    expect(parsed[0]?.editions[HANS]?.tags).toEqual(["台湾"]);
    expect(groupBy(parsed, tagTerms, "tag")).toHaveLength(1);
    expect(groupBy(parsed, authorTerms, "author")).toHaveLength(1);
  });
});

describe("dates of the news model", () => {
  const at = (head: string) =>
    parse(`---\ntitle: 台风\nsource: 本报\n${head}\n---\n\n正文。\n`).diagnostics.map((d) => [d.ruleId, d.line]);
  it.each([
    ["date: 2024-10-03\nupdated: 2024-10-02", [["updated-before-date", 5]]],
    ["date: 2024-10-03 10:00\nupdated: 2024-10-03 09:00", [["updated-before-date", 5]]],
    ["date: 2024-10-03T10:00:00+08:00\nupdated: 2024-10-03T02:00:00Z", []],
    ["date: 2024-10-03T10:00:00+08:00\nupdated: 2024-10-03T01:59:00Z", [["updated-before-date", 5]]],
    ["date: 2024-10-03\nupdated: 2024-10-03", []],
    ["date: 2024-10-03 10:00\nupdated: 2024-10-03", []],
    ["updated: 2024-10-02\ndate: 2024-10-03", [["updated-before-date", 4]]],
    ["date: 2024-03-10 02:30\ntimeZone: America/New_York", [["time-skipped", 4]]],
    ["date: 2024-03-10 03:30\ntimeZone: America/New_York", []],
    ["date: 2024-03-31 02:15\nupdated: 2024-03-31 04:00\ntimeZone: Europe/Berlin", [["time-skipped", 4]]],
  ])("%s", (head, expected) => expect(at(head)).toEqual(expected));
});

describe("images stay inside content/ and public/", () => {
  const work = mkdtempSync(join(tmpdir(), "np-bounds-"));
  const content = join(work, "content");
  const outside = join(work, "secret");
  mkdirSync(join(content, "2024"), { recursive: true });
  mkdirSync(join(work, "public", "media"), { recursive: true });
  mkdirSync(outside);
  const png = readFileSync(join(ROOT, "tests/fixtures/bad/news-lead.png"));
  for (const path of [
    join(outside, "x.png"),
    join(content, "2024", "ok.png"),
    join(work, "public", "media", "m.png"),
  ]) {
    writeFileSync(path, png);
  }
  symlinkSync(outside, join(content, "2024", "linked"));
  symlinkSync(join(outside, "x.png"), join(work, "public", "media", "linked.png"));
  const run = (head: string, body = "正文。") =>
    parseArticle(`---\ntitle: 台风\ndate: 2024-10-03\nsource: 本报\n${head}---\n\n${body}\n`, {
      file: "content/2024/a.md",
      path: join(content, "2024", "a.md"),
      contentDir: content,
      publicDir: join(work, "public"),
      defaultSlug: "a",
      converter,
    });
  const rules = (head: string, body?: string) => run(head, body).diagnostics.map((d) => d.ruleId);

  it.each(["./ok.png", "../2024/ok.png", "/media/m.png"])("accepts %s", (src) =>
    expect(rules(`image:\n  src: ${src}\n  alt: 图\n`, `![图](${src})`)).toEqual([]),
  );

  it.each([
    ["../../secret/x.png", "image-outside"],
    ["./linked/x.png", "image-link-outside"],
    ["/media/linked.png", "image-link-outside"],
    ["/../secret/x.png", "image-outside"],
    ["/media/../../secret/x.png", "image-outside"],
  ])("refuses %s as lead photo and in the body", (src, rule) => {
    expect(rules(`image:\n  src: ${src}\n  alt: 图\n`)).toEqual([rule]);
    expect(rules("", `![图](${src})`)).toEqual([rule]);
  });
});

describe("accepted hostile fixtures give the right article", () => {
  const read = (name: string) => {
    const file = `tests/fixtures/bad/${name}.md`;
    const outcome = parseArticle(readFileSync(join(ROOT, file), "utf8"), {
      file,
      defaultSlug: basename(name),
      converter,
    });
    if (outcome.article === undefined) throw new Error(`${name} was refused`);
    return outcome.article;
  };

  it("keeps emoji sequences and Extension B characters in tags, in both editions", () => {
    const emoji = read("meta-tag-emoji-zwj");
    expect(emoji.editions[HANT]?.tags).toEqual([
      "👩\u200D💻",
      "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
      "👍🏽",
    ]);
    const rare = read("meta-tag-extension-b");
    for (const edition of [HANS, HANT]) expect(rare.editions[edition]?.tags).toEqual(["𠮷野家", "𡘙"]);
  });

  it("gives odd tags slugs that are one safe path segment", () => {
    for (const name of ["meta-tag-emoji-zwj", "meta-tag-extension-b", "meta-tag-html", "meta-tag-path-traversal"]) {
      for (const group of groupBy([read(name)], tagTerms, "tag")) {
        expect(group.term.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    }
    expect(categorySlug("../../etc/passwd")).toBe("etc-passwd");
  });

  it("keeps HTML in tags and captions as text", () => {
    expect(read("meta-tag-html").editions[HANS]?.tags).toEqual([
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
    ]);
    const photo = read("photo-caption-raw-html").editions[HANS]?.image;
    expect(photo?.caption).toBe("<b>粗</b><script>alert(1)</script>");
    expect(photo?.credit).toBe("<a href=javascript:alert(1)>记者</a>");
  });

  it("merges spellings within one article and duplicates", () => {
    expect(groupBy([read("meta-tags-same-across-scripts")], tagTerms, "tag")).toHaveLength(1);
    expect(groupBy([read("meta-authors-duplicate")], authorTerms, "author")).toHaveLength(1);
  });

  it("cleans slugs and sections of invisible characters", () => {
    expect(read("slug-zero-width").slug).toBe("typhoon-2024");
    expect(read("slug-extension-b").slug).toBe("𠮷野家-news");
    expect(read("meta-breadcrumb-line-separator").editions[HANS]?.category).toBe("要闻");
    expect(read("meta-category-soft-hyphen").editions[HANS]?.category).toBe("国际");
  });

  it("reads dates across time zones", () => {
    expect(read("news-updated-after-date-offsets").updated).toBe("2024-10-03T01:30:00+00:00");
    expect(read("news-updated-same-day-other-zone")).toMatchObject({ date: "2024-10-03" });
  });
});
