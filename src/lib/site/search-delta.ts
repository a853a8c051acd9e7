/**
 * The incremental search index, kept like a log-structured index: the base shards stay as they
 * were built, and the articles changed, added or deleted since go to a small delta shard indexed
 * alone. The state beside the shard cache records which cached build of each base shard is in use
 * and the digest of every article the base holds; the stale slugs (changed or deleted since) are
 * derived from it on every build, so an edit reverted is no longer stale. The browser drops a base
 * shard's result whose article is stale (src/scripts/search.ts).
 */
import { existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "astro/zod";

export const STATE_FILE = "state.json";
/** The delta shard's folder name in the site and prefix in the cache (base shards are s00–s15). */
export const DELTA_SHARD = "delta";

/**
 * Changes (articles changed, added or deleted since the base was built) the delta may hold before
 * it is folded into the base: 2 % of the archive, at least 64 and at most 400. Indexing the delta
 * is then never dearer than re-indexing about a third of one base shard (1,250 articles at
 * 20,000), and the browser's extra cost stays one small shard plus a list of at most 400 slugs in
 * the manifest. Measured in docs/pending/delta19.md.
 */
export function foldBound(articles: number): number {
  return Math.min(400, Math.max(64, Math.ceil(articles * 0.02)));
}

const stateSchema = z.object({
  version: z.string(),
  /** Base shard name → its folder in the shard cache, named by the digest of its articles. */
  shards: z.record(z.string().regex(/^s\d+$/), z.string().regex(/^s\d+-[\w-]+$/)),
  /** Slug → digest of every article the base shards hold. */
  base: z.record(z.string(), z.string()),
});
export type SearchState = z.infer<typeof stateSchema>;

/**
 * The state of the index in `cacheDir`, or undefined when the base cannot be used as it is: no
 * state (a cold build), an unreadable or malformed one, another indexing version, or a base
 * shard's cached folder gone.
 */
export async function readState(cacheDir: string, version: string): Promise<SearchState | undefined> {
  let text: string;
  try {
    text = await readFile(join(cacheDir, STATE_FILE), "utf8");
  } catch {
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = stateSchema.safeParse(parsed);
  if (!result.success || result.data.version !== version) return undefined;
  const folders = Object.values(result.data.shards);
  if (folders.length === 0 || !folders.every((folder) => existsSync(join(cacheDir, folder, "pagefind.js")))) {
    return undefined;
  }
  return result.data;
}

/** Writes the state in one step (a temporary file renamed): a reader sees the old state or the new one. */
export async function writeState(cacheDir: string, state: SearchState): Promise<void> {
  const temporary = join(cacheDir, `${STATE_FILE}.${process.pid}.tmp`);
  await writeFile(temporary, JSON.stringify(state));
  await rename(temporary, join(cacheDir, STATE_FILE));
}

export type DeltaPlan<Entry> = {
  /** Articles whose base copy is missing or stale (new or changed): indexed in the delta shard. */
  readonly delta: readonly Entry[];
  /** Slugs whose base copy must not be shown: changed or deleted since the base was built. */
  readonly stale: readonly string[];
  /** Changes counted against the fold bound: the delta plus the deleted articles. */
  readonly changes: number;
};

/** What differs between the articles and the base that `state` describes. */
export function planDelta<Entry extends { readonly slug: string; readonly digest: string }>(
  entries: readonly Entry[],
  base: SearchState["base"],
): DeltaPlan<Entry> {
  const current = new Map(entries.map((entry) => [entry.slug, entry.digest]));
  const delta = entries.filter((entry) => base[entry.slug] !== entry.digest);
  const stale = Object.keys(base)
    .filter((slug) => current.get(slug) !== base[slug])
    .sort();
  const deleted = stale.filter((slug) => !current.has(slug)).length;
  return { delta, stale, changes: delta.length + deleted };
}
