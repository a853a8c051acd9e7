/**
 * The search index is built by Pagefind's own process while Astro renders pages: the loader starts
 * it as soon as the articles are known, and the build command waits for it at the end.
 */
import { join } from "node:path";
import type { ArticleRecord } from "../article/schema.ts";
import { writeSearchIndex, type SearchIndexTimings } from "../site/search-index.ts";
import { searchEdition, searchRecord, type SearchRecord } from "../site/search-records.ts";
import { siteConfig } from "../../site.config.ts";
import { readSections } from "./bodies.ts";

/** Set by the build command: where the index goes. Unset (dev, check), no index is built. */
export const SEARCH_DIR_VARIABLE = "NEWSPRINT_SEARCH_DIR";
const TASK = Symbol.for("newsprint.searchIndex");

type Holder = { [TASK]?: Promise<SearchIndexTimings> };

/**
 * @param fresh search records the parse jobs made this build; other articles' are read back from their bodies
 * @param cacheDir Astro's cache folder: unchanged index shards are kept there between builds
 * @param version fingerprint of the indexing code
 */
export function startSearchIndex(
  records: readonly ArticleRecord[],
  fresh: ReadonlyMap<string, SearchRecord>,
  cacheDir: string,
  version: string,
): void {
  const outputPath = process.env[SEARCH_DIR_VARIABLE];
  if (!outputPath) return;
  const indexed = searchEdition(siteConfig.conversion);
  const entries = records.map((record) => ({
    slug: record.slug,
    digest: record.digest,
    record: () => fresh.get(record.slug) ?? searchRecord(record, indexed, readSections(record, indexed)),
  }));
  const task = writeSearchIndex(entries, outputPath, join(cacheDir, "newsprint-search"), version);
  task.catch(() => undefined); // Reported when awaited.
  (globalThis as Holder)[TASK] = task;
}

/** The running index task, if the loader started one in this process. */
export function searchIndexTask(): Promise<SearchIndexTimings> | undefined {
  return (globalThis as Holder)[TASK];
}
