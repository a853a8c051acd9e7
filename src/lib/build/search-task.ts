/**
 * The search index of a build. The newsprint integration (src/integrations/newsprint.ts) starts it
 * as soon as the article loader knows the articles, so that Pagefind's processes index while Astro
 * bundles and renders pages; the index goes to a staging folder and is moved into the site when
 * the pages are written (`astro:build:done`).
 */
import { mkdir, readdir, rename, rm, rmdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ArticleRecord } from "../article/schema.ts";
import { fingerprint } from "../fingerprint.ts";
import { linkTree } from "../link-tree.ts";
import type { ConversionSettings } from "../script/types.ts";
import { writeSearchIndex, type SearchEntry, type SearchIndexTimings } from "../site/search-index.ts";
import { searchEdition, searchRecord, type SearchRecord } from "../site/search-records.ts";
import { readSections } from "../site/bodies.ts";
import { isRunning } from "./processes.ts";

/**
 * What the index needs of each article.
 * @param fresh search records the parse jobs made in this sync; other articles' are read back from their bodies
 */
export function searchEntries(
  records: readonly ArticleRecord[],
  fresh: ReadonlyMap<string, SearchRecord>,
  conversion: Pick<ConversionSettings, "editions">,
): SearchEntry[] {
  const indexed = searchEdition(conversion);
  return records.map((record) => ({
    slug: record.slug,
    digest: record.digest,
    record: () =>
      fresh.get(record.slug) ??
      searchRecord(
        record,
        indexed,
        Object.fromEntries(Object.keys(record.editions).map((id) => [id, readSections(record, id)])),
      ),
  }));
}

/** Fingerprint of the code that decides what is indexed and how (every shard is rebuilt when it changes). */
export function searchIndexVersion(root: string): string {
  return fingerprint(
    root,
    [
      "search-records.ts",
      "search-index.ts",
      "search-delta.ts",
      "search-words.ts",
      "search-synonyms.ts",
      "search-meta.ts",
      "fold.ts",
    ].map((name) => join("src/lib/site", name)),
  );
}

export type RunningIndex = { readonly staging: string; readonly done: Promise<SearchIndexTimings> };

/** Indexes being built in this process, so that a failed build can wait for them and clean up. */
const running = new Set<RunningIndex>();
let started = 0;

/**
 * Starts indexing into a staging folder below `cacheDir`; unchanged shards are linked from the
 * shard cache there.
 */
export function startSearchIndex(entries: readonly SearchEntry[], cacheDir: string, version: string): RunningIndex {
  const staging = join(cacheDir, "newsprint-search-out", `${process.pid}-${++started}`);
  const done = (async () => {
    await removeAbandoned(dirname(staging));
    return writeSearchIndex(entries, staging, join(cacheDir, "newsprint-search"), version);
  })();
  done.catch(() => undefined); // Reported by finishSearchIndex.
  const index = { staging, done };
  running.add(index);
  return index;
}

/** Waits for the index and moves it to `target` (replaced). */
export async function finishSearchIndex(index: RunningIndex, target: string): Promise<SearchIndexTimings> {
  try {
    const timings = await index.done;
    await rm(target, { recursive: true, force: true });
    await mkdir(dirname(target), { recursive: true });
    try {
      await rename(index.staging, target);
    } catch {
      await linkTree(index.staging, target); // Another file system: hard links or copies.
    }
    return timings;
  } finally {
    running.delete(index);
    await removeStaging(index);
  }
}

/** After a failed build: waits for every index still running (never leave Pagefind running) and removes its files. */
export async function settleSearchIndexes(): Promise<void> {
  const indexes = [...running];
  running.clear();
  await Promise.all(
    indexes.map(async (index) => {
      await index.done.catch(() => undefined);
      await removeStaging(index);
    }),
  );
}

/** Removes a staging folder, and the folder of staging folders once empty. */
async function removeStaging(index: RunningIndex): Promise<void> {
  await rm(index.staging, { recursive: true, force: true });
  await rmdir(dirname(index.staging)).catch(() => undefined); // Not empty: another build's.
}

/** Staging folders of builds whose process has died (killed mid-build). */
async function removeAbandoned(parent: string): Promise<void> {
  for (const name of await readdir(parent).catch(() => [])) {
    const pid = Number(name.split("-")[0]);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) {
      await rm(join(parent, name), { recursive: true, force: true });
    }
  }
}
