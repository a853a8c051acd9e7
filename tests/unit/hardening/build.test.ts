/**
 * The real build CLI on a temporary content folder: a build with bad articles lists every
 * problem in one run, exits non-zero, and leaves the previous output exactly as it was.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { basename, dirname, join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, ROOT } from "../../support/site.ts";
import { hashTree } from "../../support/files.ts";

const WORK = join(ROOT, ".tmp/hardening-build");
const CONTENT = join(WORK, "content");
const OUT = join(WORK, "out");
const BAD = join(ROOT, "tests/fixtures/bad");
const STAGING = join(dirname(OUT), `.${basename(OUT)}.staging`);

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe("build CLI with bad content", () => {
  it("lists every problem, exits non-zero and keeps the previous output", async () => {
    rmSync(WORK, { recursive: true, force: true });
    mkdirSync(CONTENT, { recursive: true });
    writeFileSync(
      join(CONTENT, "good.md"),
      "---\ntitle: 青岛保密培训\ndate: 2021-12-06\nsource: 宣传教育司\n---\n\n青岛市保密局近日举办保密培训。\n",
    );
    // A lock left by a build that was killed does not stop the next one.
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    writeFileSync(`${STAGING}.lock`, String(gone));
    const good = await buildSite({ outDir: relative(ROOT, OUT), contentDir: CONTENT });
    expect(good.code, good.stderr).toBe(0);
    const before = hashTree(OUT);
    expect([...before.keys()]).toContain("zh-hant/good.html");
    // The whole site, search index and sitemap.xml included.
    expect([...before.keys()]).toEqual(expect.arrayContaining(["pagefind/shards.json", "sitemap.xml"]));

    const bad = [
      "date-february-30.md",
      "unknown-key-typo.md",
      "heading-skips-level.md",
      "unclosed-markup.md",
      "duplicate-slug-a.md",
      "duplicate-slug-b.md",
      "not-utf8-gbk.md",
    ];
    mkdirSync(join(CONTENT, "sub"));
    for (const name of bad) copyFileSync(join(BAD, name), join(CONTENT, "sub", name));
    const failed = await buildSite({ outDir: relative(ROOT, OUT), contentDir: CONTENT });
    const output = `${failed.stdout}\n${failed.stderr}`;
    expect(failed.code).not.toBe(0);
    const file = (name: string) => relative(ROOT, join(CONTENT, "sub", name));
    for (const expected of [
      `${file("date-february-30.md")}:3:7: error: "date" is not a real calendar day`,
      `${file("unknown-key-typo.md")}:1:1: error: Missing required front matter key "source"`,
      `${file("heading-skips-level.md")}:9:1: error: Heading level 4 (####) skips a level`,
      `${file("unclosed-markup.md")}:7:11: error: Unclosed conversion markup`,
      `${file("duplicate-slug-a.md")}:5:7: error: Slug "qingdao-training" is also used by ${file("duplicate-slug-b.md")}:5:7`,
      `${file("duplicate-slug-b.md")}:5:7: error: Slug "qingdao-training" is also used by ${file("duplicate-slug-a.md")}:5:7`,
    ]) {
      expect(output).toContain(expected);
    }
    // Named by the strict UTF-8 reading once the loader uses readArticleFile(), by the parser's U+FFFD check before.
    expect(output).toContain(`${file("not-utf8-gbk.md")}:2:8: error: `);
    expect(output).toMatch(
      /not-utf8-gbk\.md:2:8: error: (The file is not UTF-8 \(it looks like GBK|The text holds \d+ unreadable)/,
    );
    expect(output).toMatch(/7 content error\(s\) in 7 file\(s\)/);
    expect(output).toContain("the previous site");
    expect(hashTree(OUT)).toEqual(before);
    // The failed build's staging folder and its lock are gone.
    expect(existsSync(STAGING)).toBe(false);
    expect(existsSync(`${STAGING}.lock`)).toBe(false);

    // A build into the same folder while another runs (this process holds the lock) is refused.
    writeFileSync(`${STAGING}.lock`, String(process.pid));
    const second = await buildSite({ outDir: relative(ROOT, OUT), contentDir: CONTENT });
    expect(second.code).not.toBe(0);
    expect(second.stderr).toContain(`Another build into ${OUT} is running (process ${process.pid})`);
    expect(hashTree(OUT)).toEqual(before);
    rmSync(`${STAGING}.lock`);
  }, 300_000);
});
