/**
 * Withholds from the site what a base shard still holds of an article changed or deleted since the
 * base was built (search-delta.ts): its text file and the words and meta in its Pagefind fragment.
 * The browser never shows such a copy, but a deleted article (a retraction, a court order) must not
 * stay downloadable, nor the old wording of a corrected one. The base shard's word index keeps the
 * article's words, without their order, until the delta is folded.
 */
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { EXCERPT_FOLDER, excerptFileName } from "./search-meta.ts";

/** Pagefind's signature at the start of a decompressed index file. */
const SIGNATURE = "pagefind_dcd";
const FRAGMENT_FOLDER = "fragment";

type Fragment = { url?: string; word_count?: number; meta?: Record<string, string> };

/** Where a shard's map of slugs to fragment files is kept in the cache, beside the shard's folder. */
export function fragmentMapFile(shardFolder: string): string {
  return `${shardFolder}.fragments.json`;
}

/** Reads the fragments Pagefind wrote into `bundle` and records which file holds each article. */
export async function writeFragmentMap(bundle: string, mapFile: string): Promise<void> {
  const map: Record<string, string> = {};
  const folder = join(bundle, FRAGMENT_FOLDER);
  for (const name of await readdir(folder)) {
    const fragment = decode(await readFile(join(folder, name)));
    const slug = fragment.meta?.["slug"];
    if (slug !== undefined) map[slug] = name;
  }
  await writeFile(mapFile, JSON.stringify(map));
}

/**
 * In the site's copy of each base shard (`outputDir/<shard>`, links to the cache), removes the text
 * file of every stale article and replaces its fragment with one that holds only its slug (which
 * the browser needs to drop it). The cache keeps the originals: links are replaced, never written.
 *
 * @param shardOf the base shard an article belongs to
 * @param folders the cache folder of each base shard
 */
export async function redactStale(
  stale: readonly string[],
  outputDir: string,
  cacheDir: string,
  shardOf: (slug: string) => string,
  folders: Readonly<Record<string, string>>,
): Promise<void> {
  const maps = new Map<string, Promise<Record<string, string>>>();
  const mapOf = (shard: string) => {
    let map = maps.get(shard);
    if (map === undefined) {
      const folder = folders[shard];
      map = folder === undefined ? Promise.resolve({}) : readMap(join(cacheDir, fragmentMapFile(folder)));
      maps.set(shard, map);
    }
    return map;
  };
  await Promise.all(
    stale.map(async (slug) => {
      const shard = shardOf(slug);
      await rm(join(outputDir, shard, EXCERPT_FOLDER, excerptFileName(slug)), { force: true });
      const name = (await mapOf(shard))[slug];
      if (name === undefined) return;
      const file = join(outputDir, shard, FRAGMENT_FOLDER, name);
      const fragment = decode(await readFile(file));
      await rm(file);
      await writeFile(file, encode({ ...fragment, content: "", filters: {}, anchors: [], meta: { slug } }));
    }),
  );
}

async function readMap(file: string): Promise<Record<string, string>> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as Record<string, string>;
  } catch {
    return {};
  }
}

function decode(bytes: Buffer): Fragment & Record<string, unknown> {
  const data = gunzipSync(bytes);
  return JSON.parse(data.subarray(SIGNATURE.length).toString("utf8")) as Fragment & Record<string, unknown>;
}

function encode(fragment: Record<string, unknown>): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE), Buffer.from(JSON.stringify(fragment))]));
}
