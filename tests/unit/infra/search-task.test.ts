/**
 * The build's search index: written to a staging folder while pages render, moved into the site
 * at the end; after a failed build, nothing is left running or lying around.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { finishSearchIndex, settleSearchIndexes, startSearchIndex } from "../../../src/lib/build/search-task.ts";
import type { SearchEntry } from "../../../src/lib/site/search-index.ts";
import type { SearchManifest } from "../../../src/lib/site/search-meta.ts";

const WORK = join(tmpdir(), `newsprint-search-task-${process.pid}`);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const entries: SearchEntry[] = ["qingdao", "jinan"].map((slug, i) => ({
  slug,
  digest: `digest-${slug}`,
  record: () => ({
    slug,
    date: `2021-12-0${i + 1}`,
    content: i === 0 ? "青岛市保密局近日举办保密培训" : "济南市保密局开展宣传活动",
    title: { "zh-hans": slug, "zh-hant": slug },
    summary: { "zh-hans": "", "zh-hant": "" },
    excerpts: { "zh-hans": "", "zh-hant": "" },
  }),
}));

describe("search index task", () => {
  it("moves the finished index into the site and leaves no staging folder", async () => {
    const cache = join(WORK, "cache-a");
    // A staging folder left by a build that was killed (no such process) is cleared.
    const abandoned = join(cache, "newsprint-search-out", "999999999-1");
    mkdirSync(abandoned, { recursive: true });
    const index = startSearchIndex(entries, cache, "v1");
    const timings = await finishSearchIndex(index, join(WORK, "site", "pagefind"));
    expect(timings).toMatchObject({ records: 2, reused: 0 });
    const { shards } = JSON.parse(readFileSync(join(WORK, "site/pagefind/shards.json"), "utf8")) as SearchManifest;
    expect(shards.length).toBe(timings.shards);
    expect(existsSync(index.staging)).toBe(false);
    expect(existsSync(abandoned)).toBe(false);
    // A second build with the same articles reuses every shard.
    const again = await finishSearchIndex(startSearchIndex(entries, cache, "v1"), join(WORK, "site", "pagefind"));
    expect(again).toMatchObject({ records: 2, reused: timings.shards });
  }, 60_000);

  it("after a failed build, waits for a running index and removes it", async () => {
    const cache = join(WORK, "cache-b");
    const index = startSearchIndex(entries, cache, "v1");
    await settleSearchIndexes();
    expect(existsSync(index.staging)).toBe(false);
    expect(existsSync(join(cache, "newsprint-search-out"))).toBe(false);
  }, 60_000);
});
