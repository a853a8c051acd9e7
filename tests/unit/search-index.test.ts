import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { shardOf, writeSearchIndex } from "../../src/lib/site/search-index.ts";
import { excerptPath, type SearchManifest } from "../../src/lib/site/search-meta.ts";
import type { ArticleRecord, Section } from "../../src/lib/article/schema.ts";
import { EXCERPT_SOURCE_LENGTH, searchRecord, type SearchRecord } from "../../src/lib/site/search-records.ts";
import { distinctWords, indexTerms, searchWords } from "../../src/lib/site/search-words.ts";

const entry = (slug: string, content: string) => ({ slug, digest: content, record: () => record(slug, content) });
/** The body of `content` (after title and source), spaces collapsed: the Simplified edition's excerpt source here. */
const bodyOf = (content: string) => content.split("\n").slice(2).join(" ").replace(/\s+/g, " ").trim();
const record = (slug: string, content: string): SearchRecord => ({
  slug,
  date: "2024-01-01",
  content,
  title: { hans: slug, hant: slug },
  summary: { hans: content, hant: content },
  excerpts: { hans: bodyOf(content), hant: `繁：${bodyOf(content)}` },
});

describe("sharded search index", () => {
  it("writes a bundle per shard, an edit to the delta shard, and every shard again for new indexing code", async () => {
    const dir = mkdtempSync(join(tmpdir(), "np-search-"));
    const records = Array.from({ length: 40 }, (_, i) => entry(`article-${i}`, `第${i}篇文章讲述台风过后的重建。`));
    const shards = new Set(records.map((r) => shardOf(r.slug))).size;
    const first = await writeSearchIndex(records, join(dir, "out1"), join(dir, "cache"));
    expect(first).toMatchObject({ records: 40, shards, reused: 0 });
    const manifest = JSON.parse(readFileSync(join(dir, "out1", "shards.json"), "utf8")) as SearchManifest;
    expect(manifest).toEqual({ shards: expect.any(Array), stale: [] });
    expect(manifest.shards).toHaveLength(shards);
    for (const shard of manifest.shards) {
      expect(existsSync(join(dir, "out1", shard, "pagefind.js"))).toBe(true);
      expect(existsSync(join(dir, "out1", shard, "pagefind-ui.js"))).toBe(false);
    }

    const edited = records.map((r, i) => (i === 7 ? entry(r.slug, "标题\n本报\n改写后的内容。") : r));
    const second = await writeSearchIndex(edited, join(dir, "out2"), join(dir, "cache"));
    expect(second).toMatchObject({ records: 40, shards: shards + 1, reused: shards, delta: 1, stale: 1 });
    // The edited article's text is published once, the current one; a deleted article's not at all.
    const texts = (out: string, slug: string) =>
      readdirSync(join(dir, out), { recursive: true })
        .map(String)
        .filter((path) => path.endsWith(`/text/${slug}.json`))
        .map((path) => (JSON.parse(readFileSync(join(dir, out, path), "utf8")) as Record<string, string>)["hans"]);
    expect(texts("out2", "article-7")).toEqual(["改写后的内容。"]);
    const deleted = await writeSearchIndex(
      edited.filter((r) => r.slug !== "article-3"),
      join(dir, "out-deleted"),
      join(dir, "cache"),
    );
    expect(deleted).toMatchObject({ stale: 2 });
    expect(texts("out-deleted", "article-3")).toEqual([]);
    expect(texts("out-deleted", "article-4")).toHaveLength(1);
    // Their Pagefind fragments in the base shards keep only the slug (the browser drops them by it);
    // the delta's copy of the edited article, and every other article, are whole.
    const fragments = (out: string, slug: string) =>
      readdirSync(join(dir, out), { recursive: true })
        .map(String)
        .filter((path) => path.includes("/fragment/"))
        .map((path) => ({ path, ...fragmentData(join(dir, out, path)) }))
        .filter((fragment) => fragment.meta["slug"] === slug);
    expect(fragments("out-deleted", "article-3")).toEqual([
      expect.objectContaining({ content: "", meta: { slug: "article-3" } }),
    ]);
    const edits = fragments("out-deleted", "article-7");
    expect(edits.map((fragment) => [fragment.path.split("/")[0], fragment.content !== ""]).sort()).toEqual([
      ["delta", true],
      [expect.stringMatching(/^s\d\d$/), false],
    ]);
    expect(fragments("out-deleted", "article-4")[0]?.content).toContain("台风");
    // The cache, which the site's files are links to, still holds the base shard as it was built.
    expect(fragments("out1", "article-3")[0]?.content).toContain("台风");
    const third = await writeSearchIndex(edited, join(dir, "out3"), join(dir, "cache"), "new indexing code");
    expect(third).toMatchObject({ records: 40, shards, reused: 0, delta: 0 });
  }, 60_000);
});

/** A Pagefind fragment's data (gzip of its signature and JSON). */
function fragmentData(file: string): { content: string; meta: Record<string, string> } {
  return JSON.parse(gunzipSync(readFileSync(file)).subarray("pagefind_dcd".length).toString("utf8")) as {
    content: string;
    meta: Record<string, string>;
  };
}

describe("excerpt sources", () => {
  it("are files beside each shard's index, never in the words Pagefind indexes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "np-search-text-"));
    const body = "市政府今天宣布，明年起在全市推行垃圾分类试点计划。";
    const records = ["台风过后", "垃圾分类"].map((title, i) => ({
      slug: `新闻-${i}`,
      digest: String(i),
      record: () => ({
        ...record(`新闻-${i}`, `${title}\n本报讯\n${body}\n第二段  有空格。`),
        summary: { hans: "摘要" },
      }),
    }));
    await writeSearchIndex(records, join(dir, "out"), join(dir, "cache"));
    const manifest = JSON.parse(readFileSync(join(dir, "out", "shards.json"), "utf8")) as SearchManifest;
    const indexed: string[] = [];
    for (const shard of manifest.shards) {
      for (const folder of ["index", "."]) {
        for (const name of readdirSync(join(dir, "out", shard, folder))) {
          if (/\.pf_(index|meta)$/.test(name)) {
            indexed.push(gunzipSync(readFileSync(join(dir, "out", shard, folder, name))).toString("utf8"));
          }
        }
      }
    }
    // Pagefind keeps a meta field's clause as one word: the body's clauses must not be there.
    expect(indexed.join("")).toContain("垃圾");
    expect(indexed.join("")).not.toContain("明年起在全市推行垃圾分类试点计划");
    // Each article's text per edition where the search page asks for it.
    for (const { slug } of records) {
      const files = manifest.shards
        .map((shard) => join(dir, "out", decodeURIComponent(excerptPath(shard, slug))))
        .filter((file) => existsSync(file));
      expect(files, slug).toHaveLength(1);
      expect(JSON.parse(readFileSync(files[0]!, "utf8"))).toEqual({
        hans: `${body} 第二段 有空格。`,
        hant: `繁：${body} 第二段 有空格。`,
      });
    }
  }, 60_000);
});

describe("search records", () => {
  it("hold an article's text only, even where an attribute holds >", () => {
    const header = { title: "标题", source: "本报", summary: "摘要", breadcrumb: [] };
    const record = { slug: "a", date: "2024-01-01", editions: { "zh-hans": header } } as unknown as ArticleRecord;
    const body: Section[] = [
      {
        html: '<p>第一段。</p><figure><img alt="小图 > &#x22;引号&#x22; <b>粗体</b>" data-np-src="/build/machine/content/small.jpg"><figcaption>图片说明</figcaption></figure><!-- a > b --><p>第二段。</p>',
      } as Section,
    ];
    const { content } = searchRecord(record, "zh-hans", { "zh-hans": body });
    expect(content.replace(/\s+/g, " ").trim()).toBe("标题 本报 第一段。 图片说明 第二段。");
  });

  it("hold each edition's own words for excerpts, the body only, cut to a length", () => {
    const header = (title: string) => ({ title, source: "本报", summary: "摘要", breadcrumb: [] });
    const record = {
      slug: "a",
      date: "2024-01-01",
      editions: { "zh-hans": header("共享数据"), "zh-hant": header("共享資料") },
    } as unknown as ArticleRecord;
    const long = "长".repeat(EXCERPT_SOURCE_LENGTH);
    const { excerpts } = searchRecord(record, "zh-hant", {
      "zh-hans": [{ heading: "小标题", html: `<p>双方将共享数据。</p><p>${long}</p>` } as Section],
      "zh-hant": [{ heading: "小標題", html: "<p>雙方將共享資料。</p>" } as Section],
    });
    expect(excerpts["zh-hant"]).toBe("小標題 雙方將共享資料。");
    expect(excerpts["zh-hans"]?.startsWith("小标题 双方将共享数据。 长")).toBe(true);
    expect([...(excerpts["zh-hans"] ?? "")]).toHaveLength(EXCERPT_SOURCE_LENGTH);
  });

  it("hold the characters an article's HTML escapes, decoded", () => {
    const header = { title: "标题", source: "本报", summary: "摘要", breadcrumb: [] };
    const record = { slug: "a", date: "2024-01-01", editions: { "zh-hans": header } } as unknown as ArticleRecord;
    const body = [{ html: "<p>AT&amp;T 与 P&amp;G：1 &lt; 2，&#x4E2D;&#25991;&nbsp;新闻</p>" } as Section];
    const { content } = searchRecord(record, "zh-hans", { "zh-hans": body });
    expect(content.replace(/\s+/g, " ").trim()).toBe("标题 本报 AT&T 与 P&G：1 < 2，中文 新闻");
  });
});

describe("search words", () => {
  it("cuts Chinese text into dictionary words, without punctuation", () => {
    expect(searchWords("台风过后，市府动员人力清理街道。")).toEqual([
      "台风",
      "过后",
      "市府",
      "动员",
      "人力",
      "清理",
      "街道",
    ]);
    expect(searchWords("COVID-19 报道")).toEqual(["COVID", "19", "报道"]);
  });

  it("keeps each word once, in order of first appearance", () => {
    expect(distinctWords(["台风过后", "过后重建台风"])).toEqual(["台风", "过后", "重建"]);
  });

  it("indexes words, the character pairs inside words and beside lone characters, and synonym tokens, each once", () => {
    // No pair across two longer words (风过, 后台).
    expect(indexTerms("台风过后台风")).toEqual(["台风", "过后"]);
    expect(indexTerms("待在家里")).toEqual(["待在家里", "待在", "在家", "家里"]);
    expect(indexTerms("坐的士")).toEqual(["坐", "的", "士", "坐的", "的士", "出租车"]);
  });
});
