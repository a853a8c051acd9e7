/** Names of the search index's per-edition fields, shared by the indexer and the search page. */

/** Name of a per-edition meta field: metaKey("title", "zh-hant") → "title_zh_hant". */
export function metaKey(field: "title" | "summary" | "section", edition: string): string {
  return `${field}_${edition.replace(/-/g, "_")}`;
}

/** Meta field naming the shard folder that holds a record (where the search page finds its excerpt). */
export const SHARD_META = "shard";

/**
 * Folder of each shard holding its articles' excerpt sources, one `<slug>.json` each (the text of
 * each edition by edition id, search-records.ts). Pagefind
 * indexes every meta field as searchable words, so the text shown around a match is kept out of it:
 * in meta it doubled the shard's index and cost a fifth of Pagefind's time.
 */
export const EXCERPT_FOLDER = "text";

/** The file in a shard's EXCERPT_FOLDER that holds an article's excerpt sources. */
export function excerptFileName(slug: string): string {
  return `${slug}.json`;
}

/** Where the search page finds an article's excerpt source, below the index's folder. */
export function excerptPath(shard: string, slug: string): string {
  return `${shard}/${EXCERPT_FOLDER}/${encodeURIComponent(excerptFileName(slug))}`;
}

/** Meta field set on the delta shard's records (search-delta.ts): such a result is never stale. */
export const DELTA_META = "delta";

/** The index's manifest (`shards.json`): what the search page merges and which base results it drops. */
export type SearchManifest = {
  /** Base shards, each a Pagefind bundle folder beside the manifest. */
  readonly shards: readonly string[];
  /** The delta shard's folder, when articles changed since the base was built. */
  readonly delta?: string;
  /** Slugs whose base shard copy is out of date or deleted: only their delta record counts. */
  readonly stale: readonly string[];
};
