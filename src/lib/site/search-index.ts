/**
 * Writes the Pagefind search index in shards. Each base shard holds the articles whose slug
 * hashes to it and is cached by the digest of its records; articles changed, added or deleted
 * since the base was built go to a small delta shard indexed alone (search-delta.ts), until there
 * are too many and the delta is folded into the base. The browser merges the shards listed in
 * `shards.json` and drops the base's results for stale articles.
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
import { fragmentMapFile, redactStale, writeFragmentMap } from "./search-redact.ts";
import { DELTA_SHARD, foldBound, planDelta, readState, STATE_FILE, writeState } from "./search-delta.ts";
import {
  DELTA_META,
  EXCERPT_FOLDER,
  excerptFileName,
  metaKey,
  SHARD_META,
  type SearchManifest,
} from "./search-meta.ts";
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

export type SearchIndexTimings = {
  records: number;
  /** Shards in the index, the delta shard included. */
  shards: number;
  /** Shards linked from the cache rather than indexed in this build. */
  reused: number;
  /** Articles in the delta shard (0 after a full build or a fold). */
  delta: number;
  /** Base copies dropped by the browser: articles changed or deleted since the base was built. */
  stale: number;
  ms: number;
};

export function shardOf(slug: string): number {
  return createHash("sha256").update(slug).digest()[0]! % SHARD_COUNT;
}

/** An article to index: its record is made only when its shard has to be (re)built. */
export type SearchEntry = { readonly slug: string; readonly digest: string; readonly record: () => SearchRecord };

/** A shard of the index: its name in the site, its folder in the cache, its articles. */
type Shard = { readonly name: string; readonly folder: string; readonly entries: readonly SearchEntry[] };

/**
 * @param version changes when what is indexed changes (the indexing code), invalidating every shard
 * @param cacheDir where shards are kept between builds, named by the digests of their articles,
 *   with the state of the incremental index (search-delta.ts)
 */
export async function writeSearchIndex(
  entries: readonly SearchEntry[],
  outputDir: string,
  cacheDir: string,
  version = "",
  inWorker = true,
): Promise<SearchIndexTimings> {
  const started = performance.now();
  const sorted = [...entries].sort((a, b) => a.slug.localeCompare(b.slug));
  const state = await readState(cacheDir, version);
  const plan = state && planDelta(sorted, state.base);
  const incremental = state !== undefined && plan !== undefined && plan.changes <= foldBound(entries.length);
  // Incremental: the base as it is, the changes in the delta. Otherwise (cold, folded, another
  // version, a state or cached shard lost) every shard as today, each reused if its articles are unchanged.
  const base: Shard[] = incremental
    ? Object.entries(state.shards).map(([name, folder]) => ({ name, folder, entries: [] }))
    : baseShards(sorted, version);
  const delta = incremental && plan.delta.length > 0 ? cachedShard(DELTA_SHARD, plan.delta, version) : undefined;
  const shards = delta === undefined ? base : [...base, delta];
  const missing = shards.filter((shard) => !existsSync(join(cacheDir, shard.folder)));
  if (missing.length > 0) {
    await mkdir(cacheDir, { recursive: true });
    // Records are made shard by shard, so that only one shard's text is held twice at a time.
    const jobs = missing.map((shard) => () => ({
      records: shard.entries.map((entry) => entry.record()),
      target: join(cacheDir, shard.folder),
      name: shard.name,
      delta: shard === delta,
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
  await Promise.all(shards.map((shard) => linkTree(join(cacheDir, shard.folder), join(outputDir, shard.name))));
  const stale = incremental ? plan.stale : [];
  // What the base shards hold of articles changed or deleted since is not published (the delta has the current text).
  if (incremental) await redactStale(stale, outputDir, cacheDir, baseShardName, state.shards);
  const manifest: SearchManifest = {
    shards: base.map((shard) => shard.name).sort(),
    ...(delta === undefined ? {} : { delta: delta.name }),
    stale,
  };
  await writeFile(join(outputDir, SHARD_MANIFEST), JSON.stringify(manifest));
  // The state names only folders now complete in the cache, and is written before any other is removed.
  if (!incremental) {
    await writeState(cacheDir, {
      version,
      shards: Object.fromEntries(base.map((shard) => [shard.name, shard.folder])),
      base: Object.fromEntries(sorted.map((entry) => [entry.slug, entry.digest])),
    });
  }
  const keep = new Set([STATE_FILE, ...shards.flatMap((shard) => [shard.folder, fragmentMapFile(shard.folder)])]);
  for (const name of await readdir(cacheDir).catch(() => [])) {
    if (!keep.has(name)) await rm(join(cacheDir, name), { recursive: true, force: true });
  }
  return {
    records: entries.length,
    shards: shards.length,
    reused: shards.length - missing.length,
    delta: delta?.entries.length ?? 0,
    stale: stale.length,
    ms: performance.now() - started,
  };
}

/** The base shard that holds an article. */
function baseShardName(slug: string): string {
  return `s${String(shardOf(slug)).padStart(2, "0")}`;
}

/** The base shards of these articles, by slug hash. */
function baseShards(sorted: readonly SearchEntry[], version: string): Shard[] {
  const groups = new Map<string, SearchEntry[]>();
  for (const entry of sorted) {
    const name = baseShardName(entry.slug);
    const group = groups.get(name);
    if (group === undefined) groups.set(name, [entry]);
    else group.push(entry);
  }
  return [...groups].map(([name, group]) => cachedShard(name, group, version));
}

/** A shard whose cache folder is named by the digest of its articles (and the indexing version). */
function cachedShard(name: string, entries: readonly SearchEntry[], version: string): Shard {
  const hash = createHash("sha256").update(version);
  for (const entry of entries) hash.update(`|${entry.slug}|${entry.digest}`);
  return { name, folder: `${name}-${hash.digest("base64url").slice(0, 16)}`, entries };
}

/** Each article's excerpt sources, one per edition, as `<slug>.json` (search-meta.ts excerptPath). */
async function writeExcerpts(folder: string, records: readonly SearchRecord[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  await inBatches(records, (record) =>
    writeFile(join(folder, excerptFileName(record.slug)), JSON.stringify(record.excerpts)),
  );
}

/** Runs `task` on every record, BATCH at a time. */
async function inBatches(
  records: readonly SearchRecord[],
  task: (record: SearchRecord) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < records.length; start += BATCH) {
    await Promise.all(records.slice(start, start + BATCH).map(task));
  }
}

type ShardJob = {
  readonly records: readonly SearchRecord[];
  readonly target: string;
  /** The shard's folder in the site. */
  readonly name: string;
  /** Whether this is the delta shard: its records are marked so that the browser keeps them. */
  readonly delta: boolean;
};

/** Indexes shards one after the other with this thread's Pagefind process, then stops it. */
export default async function indexShards(jobs: readonly ShardJob[]): Promise<void> {
  if (jobs.length === 0) return;
  try {
    for (const job of jobs) await indexShard(job);
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

async function indexShard({ records, target, name, delta }: ShardJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const add = async (record: SearchRecord) => {
    const added = await index.addCustomRecord({
      url: `/${record.slug}.html`,
      // Each term once: Pagefind's work grows with every word it indexes; excerpts come from the
      // shard's text files instead. Cut here, in the search process, while the page build runs,
      // rather than in the parsing processes the build waits for. Pagefind indexes the meta fields
      // too: they hold only what a result shows besides its excerpt.
      content: indexTerms(fold(record.content)).join(" "),
      language: INDEX_LANGUAGE,
      meta: {
        slug: record.slug,
        date: record.date,
        [SHARD_META]: name,
        ...Object.fromEntries(Object.entries(record.title).map(([id, text]) => [metaKey("title", id), text])),
        ...Object.fromEntries(Object.entries(record.summary).map(([id, text]) => [metaKey("summary", id), text])),
        ...Object.fromEntries(Object.entries(record.section ?? {}).map(([id, text]) => [metaKey("section", id), text])),
        ...(delta ? { [DELTA_META]: "1" } : {}),
      },
    });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
  };
  await inBatches(records, add);
  const temporary = `${target}.${process.pid}.tmp`;
  const written = await index.writeFiles({ outputPath: temporary });
  // Free the shard in Pagefind's process before the next one: it would otherwise hold every shard.
  await index.deleteIndex();
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  await writeExcerpts(join(temporary, EXCERPT_FOLDER), records);
  await writeFragmentMap(temporary, fragmentMapFile(target));
  // Pagefind's ready-made interfaces (about 600 KB a shard): the search page has its own.
  for (const name of await readdir(temporary)) {
    if (/^pagefind-(.*-)?ui\.(js|css)$|^pagefind-highlight\.js$/.test(name)) await rm(join(temporary, name));
  }
  await rename(temporary, target);
}
