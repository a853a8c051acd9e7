/**
 * A cache folder restored elsewhere (a CI runner that keeps it under another path, a project moved
 * to another folder): the articles parsed before are found under the new path, not parsed again,
 * and the site is the same.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hashTree } from "../../support/files.ts";
import { buildSite, ROOT } from "../../support/site.ts";

const WORK = join(ROOT, ".tmp/moved-cache");
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe("a cache folder moved between builds", () => {
  it("reuses the parsed articles under the new path", async () => {
    rmSync(WORK, { recursive: true, force: true });
    const content = join(WORK, "content");
    mkdirSync(content, { recursive: true });
    for (const [slug, body] of [
      ["a", "青岛市保密局近日举办保密培训。"],
      ["bb", "培训采取线上线下相结合的方式。"],
      ["ccc", "参训人员表示收获很大。"],
    ] as const)
      writeFileSync(
        join(content, `${slug}.md`),
        `---\ntitle: 保密培训${slug}\ndate: 2021-12-0${slug.length}\nsource: 宣传教育司\n---\n\n${body}\n`,
      );
    const out = relative(ROOT, join(WORK, "out"));
    const build = (cache: string) =>
      buildSite({ outDir: out, contentDir: content, env: { NEWSPRINT_CACHE_DIR: cache, NEWSPRINT_LOG_LEVEL: "info" } });
    const first = await build(join(WORK, "cache-a"));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("3 articles (3 parsed, 0 cached)");
    const site = hashTree(join(ROOT, out));

    renameSync(join(WORK, "cache-a"), join(WORK, "cache-b"));
    const second = await build(join(WORK, "cache-b"));
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("3 articles (0 parsed, 3 cached)");
    expect(hashTree(join(ROOT, out))).toEqual(site);
  }, 300_000);
});
