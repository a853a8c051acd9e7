/**
 * The incremental search index (search-delta.ts): edits, additions and deletions go to a delta
 * shard indexed alone, the manifest names the stale base copies, and the delta is folded into the
 * base past its bound or whenever the base cannot be trusted.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { foldBound, planDelta, STATE_FILE } from "../../src/lib/site/search-delta.ts";
import { writeSearchIndex, type SearchEntry } from "../../src/lib/site/search-index.ts";
import type { SearchManifest } from "../../src/lib/site/search-meta.ts";

const TOPICS = ["台风过后的重建", "港口货运量回升", "地铁新线通车", "茶农采收春茶", "博物馆夜间开放", "跨海大桥合龙"];

/** An article whose text (and so digest) is `text`; `made` counts the records made for indexing. */
function entry(slug: string, text: string, made: string[]): SearchEntry {
  return {
    slug,
    digest: text,
    record: () => {
      made.push(slug);
      return {
        slug,
        date: "2024-01-01",
        content: `${slug}\n新华社\n${text}`,
        title: { "zh-hans": slug },
        summary: { "zh-hans": text },
        excerpts: { "zh-hans": text },
      };
    },
  };
}

let dir: string;
let made: string[];
let builds = 0;
const archive = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    entry(`a-${String(i).padStart(3, "0")}`, `第${i}篇：${TOPICS[i % 6]}。`, made),
  );
/** Builds into a fresh output folder with the shared cache; returns the timings and the manifest. */
async function build(entries: readonly SearchEntry[], version = "v1") {
  made.length = 0;
  const out = join(dir, `out-${++builds}`);
  const timings = await writeSearchIndex(entries, out, join(dir, "cache"), version, false);
  const manifest = JSON.parse(readFileSync(join(out, "shards.json"), "utf8")) as SearchManifest;
  for (const shard of [...manifest.shards, ...(manifest.delta ? [manifest.delta] : [])]) {
    expect(existsSync(join(out, shard, "pagefind.js"))).toBe(true);
  }
  return { timings, manifest, indexed: [...made].sort() };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "np-search-delta-"));
  made = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("incremental search index", () => {
  it("indexes an edited article alone in the delta, its base copy stale, until it is reverted", async () => {
    const articles = archive(60);
    const cold = await build(articles);
    expect(cold.timings).toMatchObject({ records: 60, reused: 0, delta: 0, stale: 0 });
    expect(cold.manifest.delta).toBeUndefined();
    expect(cold.manifest.stale).toEqual([]);
    expect(cold.indexed).toHaveLength(60);

    const edited = articles.map((a) => (a.slug === "a-007" ? entry("a-007", "改写后的内容。", made) : a));
    const edit = await build(edited);
    expect(edit.indexed).toEqual(["a-007"]);
    expect(edit.timings).toMatchObject({ shards: cold.timings.shards + 1, reused: cold.timings.shards, delta: 1 });
    expect(edit.manifest).toEqual({ shards: cold.manifest.shards, delta: "delta", stale: ["a-007"] });

    // The same build again reuses the delta too.
    const again = await build(edited);
    expect(again.indexed).toEqual([]);
    expect(again.timings.reused).toBe(again.timings.shards);

    // Reverted: the base copy is current again, no delta.
    const reverted = await build(articles);
    expect(reverted.indexed).toEqual([]);
    expect(reverted.manifest).toEqual({ shards: cold.manifest.shards, stale: [] });
    expect(reverted.timings).toMatchObject({ shards: cold.timings.shards, reused: cold.timings.shards, delta: 0 });
  }, 60_000);

  it("puts a new article in the delta only, and a deleted one in the stale list only", async () => {
    const articles = archive(50);
    const cold = await build(articles);
    const added = await build([...articles, entry("b-new", "新发布的报道：跨海大桥合龙。", made)]);
    expect(added.indexed).toEqual(["b-new"]);
    expect(added.manifest).toMatchObject({ delta: "delta", stale: [] });
    expect(added.timings.delta).toBe(1);

    const deleted = await build([
      ...articles.filter((a) => a.slug !== "a-010"),
      entry("b-new", "新发布的报道：跨海大桥合龙。", made),
    ]);
    expect(deleted.indexed).toEqual([]); // The delta is the same: reused.
    expect(deleted.manifest).toEqual({ shards: cold.manifest.shards, delta: "delta", stale: ["a-010"] });

    // Deleted alone: no delta shard at all, only the stale slug.
    const onlyDeleted = await build(articles.filter((a) => a.slug !== "a-010"));
    expect(onlyDeleted.indexed).toEqual([]);
    expect(onlyDeleted.manifest).toEqual({ shards: cold.manifest.shards, stale: ["a-010"] });
  }, 60_000);

  it("folds the delta into the base once the changes pass the bound", async () => {
    const articles = archive(100);
    const bound = foldBound(articles.length);
    expect(bound).toBeLessThan(articles.length);
    const cold = await build(articles);
    const editFirst = (n: number) =>
      articles.map((a, i) => (i < n ? entry(a.slug, `第${i}篇改写：${TOPICS[(i + 1) % 6]}。`, made) : a));

    const within = await build(editFirst(bound));
    expect(within.indexed).toHaveLength(bound);
    expect(within.timings).toMatchObject({ delta: bound, stale: bound, reused: cold.timings.shards });

    const past = await build(editFirst(bound + 1));
    expect(past.manifest.delta).toBeUndefined();
    expect(past.manifest.stale).toEqual([]);
    expect(past.timings.delta).toBe(0);
    // Only the base shards holding an edited article are indexed again, with all their articles.
    expect(past.timings.reused).toBeLessThan(cold.timings.shards);
    expect(past.indexed.length).toBeGreaterThan(bound + 1);

    // The folded base is the new base: one more edit is a delta of one.
    const next = await build(
      editFirst(bound + 1).map((a) => (a.slug === "a-099" ? entry("a-099", "又一次改写。", made) : a)),
    );
    expect(next.indexed).toEqual(["a-099"]);
    expect(next.manifest.stale).toEqual(["a-099"]);
  }, 120_000);

  it("counts deletions against the bound", () => {
    const base = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`a-${i}`, "x"]));
    const entries = [
      { slug: "a-0", digest: "y" },
      { slug: "a-1", digest: "x" },
      { slug: "new", digest: "z" },
    ];
    const plan = planDelta(entries, base);
    expect(plan.delta.map((e) => e.slug)).toEqual(["a-0", "new"]);
    expect(plan.stale).toEqual(["a-0", "a-2", "a-3", "a-4", "a-5", "a-6", "a-7", "a-8", "a-9"]);
    expect(plan.changes).toBe(2 + 8);
  });

  it("rebuilds in full after a version change, a corrupt or missing state, or a lost cached shard", async () => {
    const articles = archive(40);
    const edited = articles.map((a) => (a.slug === "a-003" ? entry("a-003", "改写。", made) : a));
    const cold = await build(articles);
    const shards = cold.timings.shards;
    const state = join(dir, "cache", STATE_FILE);

    // Another indexing version: every shard indexed again, no delta.
    const version = await build(edited, "v2");
    expect(version.timings).toMatchObject({ reused: 0, delta: 0 });
    expect(version.indexed).toHaveLength(40);
    expect(version.manifest.stale).toEqual([]);

    // With a sound state, going back to `articles` would index a delta of one (a-003); with the
    // state damaged or gone, the base is rebuilt as today: the one shard whose articles differ
    // from its cached build (a-003's) is indexed again, with all its articles.
    for (const damage of [
      "{not json",
      JSON.stringify({ version: "v2", shards: {}, base: {} }),
      '{"version":"v2"}',
      "",
    ]) {
      rmSync(state, { force: true });
      await build(edited, "v2"); // A full build: the base is the edited archive.
      if (damage === "") rmSync(state);
      else writeFileSync(state, damage);
      const rebuilt = await build(articles, "v2");
      expect(rebuilt.manifest).toEqual({ shards: cold.manifest.shards, stale: [] });
      expect(rebuilt.timings).toMatchObject({ shards, reused: shards - 1, delta: 0 });
      expect(rebuilt.indexed).toContain("a-003");
      expect(rebuilt.indexed.length).toBeGreaterThan(1);
      expect(JSON.parse(readFileSync(state, "utf8"))).toMatchObject({ version: "v2" });
    }

    // A base shard's cached folder deleted: that shard is indexed again, no delta.
    const folders = readdirSync(join(dir, "cache")).filter((name) => /^s\d+-[^.]+$/.test(name));
    expect(folders).toHaveLength(shards);
    rmSync(join(dir, "cache", folders[0]!), { recursive: true });
    const lost = await build(edited, "v2");
    expect(lost.manifest).toEqual({ shards: cold.manifest.shards, stale: [] });
    expect(lost.timings).toMatchObject({ shards, delta: 0 });
    expect(lost.timings.reused).toBeLessThan(shards);
    expect(readdirSync(join(dir, "cache")).filter((name) => /^s\d+-[^.]+$/.test(name))).toHaveLength(shards);
  }, 120_000);

  it("leaves the state and the folders it names as they were when indexing fails", async () => {
    const articles = archive(100);
    await build(articles);
    const state = join(dir, "cache", STATE_FILE);
    const saved = readFileSync(state, "utf8");
    const broken = (slug: string): SearchEntry => ({
      slug,
      digest: "broken",
      record: () => {
        throw new Error(`cannot read ${slug}`);
      },
    });
    // A failure in the delta, then one in a fold (past the bound).
    for (const count of [1, foldBound(articles.length) + 1]) {
      const failing = articles.map((a, i) => (i < count ? broken(a.slug) : a));
      await expect(build(failing)).rejects.toThrow("cannot read a-000");
      expect(readFileSync(state, "utf8")).toBe(saved);
      const { shards } = JSON.parse(saved) as { shards: Record<string, string> };
      for (const folder of Object.values(shards))
        expect(existsSync(join(dir, "cache", folder, "pagefind.js"))).toBe(true);
    }
    // The next build goes on from that state: an edit is a delta of one.
    const next = await build(articles.map((a) => (a.slug === "a-050" ? entry("a-050", "改。", made) : a)));
    expect(next.indexed).toEqual(["a-050"]);
  }, 120_000);

  it("keeps only the state and the folders it names in the cache, each with its fragment map", async () => {
    const articles = archive(30);
    await build(articles);
    const edit = await build(articles.map((a) => (a.slug === "a-001" ? entry("a-001", "改。", made) : a)));
    const cached = readdirSync(join(dir, "cache")).sort();
    expect(cached).toContain(STATE_FILE);
    const folders = cached.filter((name) => !name.includes("."));
    expect(folders.filter((name) => name.startsWith("delta-"))).toHaveLength(1);
    expect(folders.filter((name) => /^s\d+-/.test(name))).toHaveLength(edit.manifest.shards.length);
    expect(cached.filter((name) => name.endsWith(".fragments.json")).sort()).toEqual(
      folders.map((name) => `${name}.fragments.json`).sort(),
    );
    expect(cached).toHaveLength(2 * (edit.manifest.shards.length + 1) + 1);
  }, 60_000);
});
