/**
 * Writes the Pagefind search index in shards. Each shard holds the articles whose slug hashes to
 * it and is cached by the digest of its records, so a rebuild re-indexes only the shards whose
 * articles changed; the browser merges the shards listed in `shards.json`.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import * as pagefind from "pagefind";
import Tinypool from "tinypool";
import { linkTree } from "../link-tree.ts";
import { fold } from "./fold.ts";
import { metaKey } from "./search-meta.ts";
import type { SearchRecord } from "./search-records.ts";
import { indexTerms } from "./search-words.ts";

export const SHARD_COUNT = 16;
export const SHARD_MANIFEST = "shards.json";
/**
 * The index language. Records hold words already cut by ICU (search-words.ts), and the browser
 * cuts the query the same way, so Pagefind must not segment again: a language with neither
 * segmentation nor stemming ("undetermined") indexes them as they are. Measured on 500 benchmark
 * articles: Pagefind used 5.4–6.1 s of CPU on their full text as "zh", 1.5–1.8 s on their words.
 */
export const INDEX_LANGUAGE = "und";
/** Shards indexed at once, each by its own worker and Pagefind process. */
const MAX_PIPELINES = 4;
/** Records in flight at once: each is a round trip to the Pagefind process. */
const BATCH = 256;

export type SearchIndexTimings = { records: number; shards: number; reused: number; ms: number };

export function shardOf(slug: string): number {
  return createHash("sha256").update(slug).digest()[0]! % SHARD_COUNT;
}

/** An article to index: its record is made only when its shard has to be (re)built. */
export type SearchEntry = { readonly slug: string; readonly digest: string; readonly record: () => SearchRecord };

/**
 * @param version changes when what is indexed changes (the indexing code), invalidating every shard
 * @param cacheDir where shards are kept between builds, named by the digests of their articles
 */
export async function writeSearchIndex(
  entries: readonly SearchEntry[],
  outputDir: string,
  cacheDir: string,
  version = "",
  inWorker = true,
): Promise<SearchIndexTimings> {
  const started = performance.now();
  const shards = new Map<string, SearchEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const name = `s${String(shardOf(entry.slug)).padStart(2, "0")}`;
    const shard = shards.get(name);
    if (shard === undefined) shards.set(name, [entry]);
    else shard.push(entry);
  }
  const cached = new Map(
    [...shards].map(([name, shard]) => {
      const hash = createHash("sha256").update(version);
      for (const entry of shard) hash.update(`|${entry.slug}|${entry.digest}`);
      return [name, join(cacheDir, `${name}-${hash.digest("base64url").slice(0, 16)}`)];
    }),
  );
  const missing = [...shards].filter(([name]) => !existsSync(cached.get(name) ?? ""));
  if (missing.length > 0) {
    await mkdir(cacheDir, { recursive: true });
    // Records are made shard by shard, so that only one shard's text is held twice at a time.
    const jobs = missing.map(([name, shard]) => () => ({
      records: shard.map((entry) => entry.record()),
      target: cached.get(name) ?? "",
    }));
    // Worker processes cut the words and talk to their Pagefind processes, so that the page build
    // running meanwhile in this process never holds up the records Pagefind waits for, and their
    // memory is not added to the build's. One pipeline per core: a single one (cutting words,
    // then waiting for Pagefind) outlasted the page build by seconds at 4,000 articles while the
    // other core sat idle.
    if (inWorker) await inWorkerProcess(jobs);
    else for (const job of jobs) await indexShards([job()]);
  }
  await mkdir(outputDir, { recursive: true });
  // Shards are never written once made: the site gets links to the cached files, not copies.
  await Promise.all([...cached].map(([name, dir]) => linkTree(dir, join(outputDir, name))));
  await writeFile(join(outputDir, SHARD_MANIFEST), JSON.stringify([...cached.keys()].sort()));
  const keep = new Set([...cached.values()].map((dir) => dir.slice(cacheDir.length + 1)));
  for (const name of await readdir(cacheDir).catch(() => [])) {
    if (!keep.has(name)) await rm(join(cacheDir, name), { recursive: true, force: true });
  }
  return {
    records: entries.length,
    shards: shards.size,
    reused: shards.size - missing.length,
    ms: performance.now() - started,
  };
}

/** Characters of an article's text kept for result excerpts (its body after title and source). */
export const EXCERPT_SOURCE_LENGTH = 3000;

function excerptSource(content: string): string {
  const body = content.split("\n").slice(2).join(" ").replace(/\s+/g, " ").trim();
  return [...body].slice(0, EXCERPT_SOURCE_LENGTH).join("");
}

type ShardJob = { readonly records: readonly SearchRecord[]; readonly target: string };

/** Indexes shards one after the other with this thread's Pagefind process, then stops it. */
export default async function indexShards(jobs: readonly ShardJob[]): Promise<void> {
  if (jobs.length === 0) return;
  try {
    for (const job of jobs) await indexShard(job.records, job.target);
  } finally {
    await pagefind.close();
  }
}

async function inWorkerProcess(jobs: readonly (() => ShardJob)[]): Promise<void> {
  const pipelines = Math.max(1, Math.min(availableParallelism(), MAX_PIPELINES, jobs.length));
  const pool = new Tinypool({
    filename: new URL(import.meta.url).href,
    runtime: "child_process",
    serialization: "advanced",
    minThreads: pipelines,
    maxThreads: pipelines,
  });
  const queue = [...jobs];
  const pipeline = async () => {
    for (let job = queue.shift(); job !== undefined; job = queue.shift()) await pool.run([job()]);
  };
  try {
    await Promise.all(Array.from({ length: pipelines }, pipeline));
  } finally {
    await pool.destroy();
  }
}

async function indexShard(records: readonly SearchRecord[], target: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const add = async (record: SearchRecord) => {
    const added = await index.addCustomRecord({
      url: `/${record.slug}.html`,
      // Each term once: Pagefind's work grows with every word it indexes; excerpts come from the
      // `text` meta field instead. Cut here, in the search process, while the page build runs,
      // rather than in the parsing processes the build waits for.
      content: indexTerms(fold(record.content)).join(" "),
      language: INDEX_LANGUAGE,
      meta: {
        slug: record.slug,
        date: record.date,
        title: Object.values(record.title)[0] ?? "",
        text: excerptSource(record.content),
        ...Object.fromEntries(Object.entries(record.title).map(([id, text]) => [metaKey("title", id), text])),
        ...Object.fromEntries(Object.entries(record.summary).map(([id, text]) => [metaKey("summary", id), text])),
        ...Object.fromEntries(Object.entries(record.section ?? {}).map(([id, text]) => [metaKey("section", id), text])),
      },
    });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
  };
  for (let start = 0; start < records.length; start += BATCH) {
    await Promise.all(records.slice(start, start + BATCH).map(add));
  }
  const temporary = `${target}.${process.pid}.tmp`;
  const written = await index.writeFiles({ outputPath: temporary });
  // Free the shard in Pagefind's process before the next one: it would otherwise hold every shard.
  await index.deleteIndex();
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  // Pagefind's ready-made interfaces (about 600 KB a shard): the search page has its own.
  for (const name of await readdir(temporary)) {
    if (/^pagefind-(.*-)?ui\.(js|css)$|^pagefind-highlight\.js$/.test(name)) await rm(join(temporary, name));
  }
  await rename(temporary, target);
}
