/**
 * The real build with hostile metadata: a 3,000-character BASE (the WeChat QR code cannot hold the
 * address: the build degrades with one message), spellings merged across scripts (one tag page,
 * one warning naming them), and a direction control in a tag (a positioned error, dist/ untouched,
 * no stack trace).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, ROOT } from "../../support/site.ts";
import { hashTree } from "../../support/files.ts";

const WORK = join(ROOT, ".tmp/metadata-build");
const CONTENT = join(WORK, "content");
const OUT = join(WORK, "out");
const BASE = `/${"n".repeat(2999)}/`;

const story = (slug: string, script: string, tags: string[], extra = "") =>
  `---\ntitle: 台湾新闻${slug}\ndate: 2024-10-0${slug.length}\nsource: 中央社\nscript: ${script}\nslug: ${slug}\ntags:\n${tags.map((tag) => `  - ${tag}\n`).join("")}${extra}---\n\n正文${slug}。\n`;

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe("build with hostile metadata", () => {
  it("degrades the QR code, merges spellings with a warning, and refuses a direction control", async () => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(CONTENT, { recursive: true });
    writeFileSync(join(CONTENT, "a.md"), story("a", "hant", ["台灣", "央行"]));
    writeFileSync(join(CONTENT, "b.md"), story("bb", "hant", ["臺灣"]));
    writeFileSync(join(CONTENT, "c.md"), story("ccc", "hans", ["台湾"], "updated: 2024-10-05\n"));
    const good = await buildSite({ outDir: relative(ROOT, OUT), contentDir: CONTENT, base: BASE });
    const output = `${good.stdout}\n${good.stderr}`;
    expect(good.code, output).toBe(0);
    expect(output).not.toMatch(/^\s+at /m);
    // One message for the QR code, not one per page.
    expect(output.match(/\[qr-code-too-long\]/g)).toHaveLength(1);
    const merged = output.split("\n").filter((line) => line.includes("[term-spellings-merged]"));
    expect(merged.length).toBeGreaterThanOrEqual(1);
    for (const line of merged) expect(line).toMatch(/content\/[a-c]\.md:\d+:\d+: warning: Tag "/);
    expect(merged.join("\n")).toMatch(/台灣|臺灣/);

    const files = [...hashTree(OUT).keys()];
    for (const edition of ["zh-hans", "zh-hant"]) {
      const page = readFileSync(join(OUT, edition, "a.html"), "utf8");
      expect(page).not.toContain("np-wechat");
      expect(page).toContain("data-np-copy");
      // One tag page for the three spellings, holding all three stories; 央行 read as a word.
      expect(files).toContain(join(edition, "tag/tai-wan/index.html"));
      expect(files.filter((file) => file.startsWith(join(edition, "tag/tai-wan-")))).toEqual([]);
      const tagPage = readFileSync(join(OUT, edition, "tag/tai-wan/index.html"), "utf8");
      for (const slug of ["a", "bb", "ccc"]) expect(tagPage).toContain(`/${slug}.html`);
      expect(existsSync(join(OUT, edition, "tag/yang-hang/index.html"))).toBe(true);
    }

    const before = hashTree(OUT);
    writeFileSync(join(CONTENT, "d.md"), story("d", "hans", ["台湾\u202e闻新"], "updated: 2024-09-30\n"));
    const bad = await buildSite({ outDir: relative(ROOT, OUT), contentDir: CONTENT, base: BASE });
    const failure = `${bad.stdout}\n${bad.stderr}`;
    expect(bad.code).not.toBe(0);
    expect(failure).not.toMatch(/^\s+at /m);
    expect(failure).toMatch(
      /content\/d\.md:8:7: error: "tags": Invisible direction control U\+202E .*\[bidi-control\]/,
    );
    expect(failure).toMatch(/content\/d\.md:9:10: error: "updated" .*\[updated-before-date\]/);
    expect(hashTree(OUT)).toEqual(before);
  }, 600_000);
});
