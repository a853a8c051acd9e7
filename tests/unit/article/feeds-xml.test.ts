/**
 * Control characters never reach feeds or sitemaps: a site built from articles full of them (the
 * ones the parser turns into spaces with a warning) has only well-formed XML, read by a strict parser.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { SyntaxValidator } from "fast-xml-validator";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, ROOT } from "../../support/site.ts";

const WORK = join(ROOT, ".tmp/feeds-xml");
const CONTENT = join(WORK, "content");
const OUT = join(WORK, "dist");

const ARTICLES: Record<string, string> = {
  // Word's soft line break (U+000B) and a page break (U+000C), typed and as YAML escapes.
  "soft-break.md": `---\ntitle: "软换行\\v标题"\ndate: 2024-03-05\nsource: 新华社\nsummary: "摘要\\f分页"\nbreadcrumb:\n  - 首页\n  - "要\\v闻"\n---\n\n青岛市保密局近日举办保密培训，\v全市机关干部参加。\n\n第二段\f文字。\n`,
  // The same characters as character references in raw HTML.
  "references.md": `---\ntitle: 字符引用\ndate: 2024-03-06\nsource: 新华社\n---\n\n<p>加粗&#11;文字&#12;结束</p>\n\n正文。\n`,
};

const build = () => buildSite({ outDir: relative(ROOT, OUT), contentDir: CONTENT, site: "https://news.example.org" });

const xmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".xml"))
    .map((entry) => join(entry.parentPath, entry.name));

describe("feeds and sitemaps stay valid XML", () => {
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it("builds, warns about every control character, and writes only well-formed XML", async () => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(CONTENT, { recursive: true });
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(CONTENT, name), text);
    const result = await build();
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.code, output).toBe(0);
    expect(output).toMatch(/soft-break\.md:2:\d+: warning: "title": Control character U\+000B/);
    expect(output).toMatch(/soft-break\.md:11:\d+: warning: Control character U\+000B/);
    expect(output).toMatch(/references\.md:7:\d+: warning: Control character U\+000B/);
    const files = xmlFiles(OUT);
    expect(files.some((file) => file.endsWith("feed.xml"))).toBe(true);
    expect(files.some((file) => /sitemap/.test(file))).toBe(true);
    for (const file of files) {
      const xml = readFileSync(file, "utf8");
      expect(() => SyntaxValidator.validate(xml), file).not.toThrow();
      // XML 1.0 allows tab, line feed and carriage return of the C0 controls, none of C1's.
      // eslint-disable-next-line no-control-regex -- what is checked for
      expect(xml, file).not.toMatch(/[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]/);
    }
    const feed = readFileSync(join(OUT, "zh-hans/feed.xml"), "utf8");
    expect(feed).toContain("软换行 标题");

    // A build that reuses the parsed articles (nothing changed) reports their warnings again.
    const again = await build();
    const log = `${again.stdout}\n${again.stderr}`;
    expect(again.code, log).toBe(0);
    expect(log).toMatch(/soft-break\.md:11:\d+: warning: Control character U\+000B/);
    expect(log).toMatch(/references\.md:7:\d+: warning: Control character U\+000B/);
  }, 300_000);
});
