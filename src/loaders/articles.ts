/**
 * Content Layer loader: Markdown files → validated articles, via the newsprint parser. It reports
 * to the newsprint integration (src/integrations/channel.ts): the articles, from which a build's
 * search index starts at once, and, in the dev server, content errors to show in the browser, an
 * edit waiting for its sync, and the collection once a sync changed it.
 */
import { join, relative, resolve } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { duplicateSlugs } from "../lib/article/collection.ts";
import { readArticleFile } from "../lib/article/decode.ts";
import { ContentError, formatDiagnostic, type Diagnostic } from "../lib/article/diagnostics.ts";
import { articleRecordSchema, type ArticleRecord } from "../lib/article/schema.ts";
import { locateBody, pruneBodies } from "../lib/site/bodies.ts";
import { warmUpParser, type ParseJob } from "../lib/build/parse-job.ts";
import { runParseJobs } from "../lib/build/parse-pool.ts";
import { searchEntries, searchIndexVersion } from "../lib/build/search-task.ts";
import type { SearchRecord } from "../lib/site/search-records.ts";
import { fingerprint } from "../lib/fingerprint.ts";
import { findChannel } from "../integrations/channel.ts";
import { listContentFiles } from "../lib/build/content-files.ts";
import { FileMemo } from "./file-memo.ts";
import { holdStoreWrite } from "./hold-store-write.ts";
import { watchContent } from "./watch-content.ts";
import { articlePhotos, photoOriginals, photosOutdated } from "../lib/site/media.ts";
import { photosKey, type Photos } from "../lib/site/stored-photo.ts";
import { isDraft } from "../lib/site/news.ts";
import { mergedTermWarnings } from "../lib/site/term-messages.ts";
import type { ConversionSettings } from "../lib/script/types.ts";

export type ArticleLoaderOptions = {
  readonly contentDir: string;
  readonly conversion: ConversionSettings;
  /** Time zone of dates written without an offset (the site's `timeZone`). */
  readonly timeZone: string;
};

export function articleLoader(options: ArticleLoaderOptions): Loader {
  let memo: FileMemo | undefined;
  return {
    name: "newsprint-articles",
    schema: articleRecordSchema,
    load: async (context) => {
      const channel = findChannel(context.config);
      // Kept next to the content store's other caches, for the next build and the dev server's syncs.
      memo ??= new FileMemo(join(context.config.cacheDir.pathname, "newsprint-files.json"));
      const files = memo;
      // The dev server's pages read the collection as soon as a sync changed it.
      let published: ReadonlyMap<string, unknown> | undefined;
      const publish = () => {
        const entries = new Map<string, unknown>(context.store.entries());
        if (published !== undefined && sameEntries(entries, published)) return;
        published = entries;
        channel?.storeChanged(new Map([[context.collection, entries]]));
      };
      const sync = async () => {
        const release = holdStoreWrite(context.meta);
        try {
          await syncArticles(context, options, files);
          if (context.watcher !== undefined) publish();
        } catch (error) {
          // A build fails with every error; the dev server keeps running and shows them in the
          // browser (through the integration) until a later sync succeeds.
          if (!(error instanceof ContentError) || context.watcher === undefined) throw error;
          context.logger.error(error.message);
          channel?.contentFailed(error.diagnostics.filter((d) => d.severity === "error"));
        } finally {
          release();
        }
      };
      await sync();
      if (context.watcher !== undefined) {
        // The first edit then finds the parser ready.
        setTimeout(() => {
          try {
            warmUpParser(options.conversion);
          } catch (error) {
            context.logger.warn(`could not load the parser ahead of the first edit: ${String(error)}`);
          }
        }, 0);
        watchContent({
          watcher: context.watcher,
          contentDir: resolve(context.config.root.pathname, options.contentDir),
          sync,
          pending: (pending) => channel?.syncPending(pending),
          failed: (error) => context.logger.error(String(error)),
        });
      }
    },
  } satisfies Loader;
}

/** Whether two snapshots of the store hold the same entry objects (a set entry is a new object). */
function sameEntries(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, entry] of a) if (b.get(id) !== entry) return false;
  return true;
}

/** An article as the content store keeps it: the parsed record, its photos and its warnings. */
type StoredArticle = ArticleRecord & {
  readonly photos?: Photos;
  /** The parser's warnings. */
  readonly warnings?: Diagnostic[];
  /** The photo checks' warnings. */
  readonly photoWarnings?: Diagnostic[];
};

/** A store entry's digest: it changes with its photos (one replaced under the same name) and with where its body is. */
const entryDigest = (record: ArticleRecord, photos: Photos | undefined) =>
  `${record.digest} ${photosKey(photos)} ${record.body}`;

async function syncArticles(context: LoaderContext, options: ArticleLoaderOptions, memo: FileMemo): Promise<void> {
  const started = performance.now();
  const root = context.config.root.pathname;
  const contentDir = resolve(root, options.contentDir);
  const bodyDir = join(context.config.cacheDir.pathname, "newsprint-bodies");
  const parser = fingerprint(
    root,
    [
      "src/lib/article",
      "src/lib/script",
      "src/lib/build",
      "src/lib/site/bodies.ts",
      // Photo checks (their warnings and the photos' descriptions) are stored with each article.
      "src/lib/site/photo-check.ts",
      "src/lib/site/media.ts",
      "src/lib/site/stored-photo.ts",
      // Conversion rules, groups and phrase fixes shipped as data change the output as code does.
      "data/conversion",
      "package-lock.json",
    ],
    [JSON.stringify(options.conversion), context.config.base],
  );
  // Markdown files of any case (`*.MD`), names with spaces; links out of the folder are errors.
  const listing = listContentFiles(contentDir, { display: (path) => relative(root, path) });
  const diagnostics: Diagnostic[] = [...listing.diagnostics];
  const current: ArticleRecord[] = [];
  const jobs: ParseJob[] = [];
  const previous = new Map(
    context.store.values().map((entry) => [(entry.data as StoredArticle).file, entry.data as StoredArticle]),
  );

  // Articles parsed before whose photo files changed since they were checked: checked again.
  const recheck: StoredArticle[] = [];
  // Articles whose parsed body was found under the cache folder's new path: stored again with it.
  const relocated: StoredArticle[] = [];
  const reusable = (cached: StoredArticle | undefined): StoredArticle | undefined => {
    const found = cached && locateBody(cached, bodyDir);
    if (found !== undefined && found !== cached) relocated.push(found);
    return found;
  };
  const reuse = (cached: StoredArticle) => {
    current.push(cached);
    // Warnings stay until the article is fixed, whichever build parsed it.
    diagnostics.push(...(cached.warnings ?? []));
    if (photosOutdated(cached.photos, cached.photoWarnings)) recheck.push(cached);
    else diagnostics.push(...(cached.photoWarnings ?? []));
  };
  for (const entry of listing.files) {
    const file = relative(root, entry.path);
    const cached = previous.get(file);
    const known = memo.digest(entry.path, entry, parser);
    const found = known !== undefined && cached?.digest === known ? reusable(cached) : undefined;
    if (found !== undefined) {
      reuse(found);
      continue;
    }
    const read = readArticleFile(entry.path, file);
    if ("diagnostic" in read) {
      memo.delete(entry.path);
      diagnostics.push(read.diagnostic);
      continue;
    }
    const digest = context.generateDigest(`${parser}\0${read.text}`);
    memo.set(entry.path, entry, parser, digest);
    const same = cached?.digest === digest ? reusable(cached) : undefined;
    if (same !== undefined) {
      reuse(same);
      continue;
    }
    jobs.push({
      text: read.text,
      file,
      defaultSlug: entry.defaultSlug,
      path: entry.path,
      timeZone: options.timeZone,
      digest,
      conversion: options.conversion,
      base: context.config.base,
      publicDir: context.config.publicDir.pathname,
      contentDir,
      bodyDir,
    });
  }
  const fresh: ArticleRecord[] = [];
  const searchRecords = new Map<string, SearchRecord>();
  const warningsOf = new Map<string, Diagnostic[]>();
  const results = await runParseJobs(jobs, {
    onRetry: (job) =>
      context.logger.info(
        `${job.file} was too large for a parsing process's memory: parsed in the build process instead`,
      ),
  });
  let defaultDecided = 0;
  for (const result of results) {
    defaultDecided += result.defaultDecided ?? 0;
    diagnostics.push(...result.diagnostics);
    if (result.record) {
      fresh.push(result.record);
      warningsOf.set(
        result.record.file,
        result.diagnostics.filter((d) => d.severity === "warning"),
      );
    }
    if (result.search) searchRecords.set(result.search.slug, result.search);
  }
  current.push(...fresh);
  // Reserved slugs are the parser's to report (at the `slug:` line); duplicates need every article.
  diagnostics.push(...duplicateSlugs(current));
  diagnostics.push(
    ...mergedTermWarnings(
      current.filter((record) => !isDraft(record)),
      (file) => {
        const read = readArticleFile(resolve(root, file), file);
        return "text" in read ? read.text : undefined;
      },
    ),
  );

  for (const warning of diagnostics.filter((d) => d.severity === "warning")) {
    context.logger.warn(formatDiagnostic(warning));
  }
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new ContentError(errors);

  memo.save(new Set(listing.files.map((entry) => entry.path)));
  const keep = new Set(current.map((record) => record.slug));
  for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
  // Photos are checked and described for the image pipeline (src/lib/site/media.ts); unreadable
  // ones are reported with article and image, and left out.
  const framesDir = join(context.config.cacheDir.pathname, "newsprint-frames");
  const published: StoredArticle[] = [];
  for (const record of [...fresh, ...recheck]) {
    const { photos, diagnostics: photoWarnings } = await articlePhotos(record, root, framesDir);
    for (const problem of photoWarnings) context.logger.warn(formatDiagnostic(problem));
    const warnings = warningsOf.get(record.file) ?? (record as StoredArticle).warnings ?? [];
    const data = await context.parseData({
      id: record.slug,
      data: { ...record, photos, warnings, photoWarnings },
      filePath: record.file,
    });
    context.store.set({ id: record.slug, data, digest: entryDigest(record, photos), filePath: record.file });
    published.push(data as StoredArticle);
  }
  const rechecked = new Set(recheck.map((record) => record.slug));
  for (const record of relocated)
    if (!rechecked.has(record.slug))
      context.store.set({
        id: record.slug,
        data: record,
        digest: entryDigest(record, record.photos),
        filePath: record.file,
      });
  const checked = new Map(published.map((article) => [article.slug, article]));
  pruneBodies(bodyDir, new Set(current.map((record) => record.body)));
  findChannel(context.config)?.articlesLoaded({
    articles: current.length,
    parsed: fresh.length,
    editions: options.conversion.editions.length,
    // Drafts get no page, so no place in the search index either.
    search: searchEntries(
      current.filter((record) => !isDraft(record)),
      searchRecords,
      options.conversion,
    ),
    searchVersion: searchIndexVersion(root),
    // Drafts' photos are not published either.
    photos: photoOriginals(
      current
        .map((record) => checked.get(record.slug) ?? (record as StoredArticle))
        .filter((record) => !isDraft(record)),
    ),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  context.logger.info(
    `${current.length} articles (${fresh.length} parsed, ${current.length - fresh.length} cached) in ${seconds}s`,
  );
  if (defaultDecided > 0) {
    context.logger.info(
      `conversion: ${defaultDecided} ambiguous characters (发, 干, 里…) in the ${fresh.length} parsed articles were decided by a single-character default; \`npm run conversion-report -- <file…>\` lists them to check`,
    );
  }
}
