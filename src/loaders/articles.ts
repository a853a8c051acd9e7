/** Content Layer loader: Markdown files → validated articles, via the newsprint parser. */
import { existsSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { glob } from "tinyglobby";
import { duplicateSlugs } from "../lib/article/collection.ts";
import { readArticleFile } from "../lib/article/decode.ts";
import { ContentError, formatDiagnostic, type Diagnostic } from "../lib/article/diagnostics.ts";
import { parseArticle } from "../lib/article/parse.ts";
import { articleSchema, type Article } from "../lib/article/schema.ts";
import { fingerprint } from "../lib/fingerprint.ts";
import { getScriptConverter } from "../lib/script/converter.ts";
import { RESERVED_SLUGS } from "../lib/site/paths.ts";
import type { ConversionSettings } from "../lib/script/types.ts";

export type ArticleLoaderOptions = {
  readonly contentDir: string;
  readonly conversion: ConversionSettings;
};

const PATTERN = "**/*.md";

export function articleLoader(options: ArticleLoaderOptions): Loader {
  return {
    name: "newsprint-articles",
    schema: articleSchema,
    load: async (context) => {
      await syncArticles(context, options);
      context.watcher?.on("all", (_event, path) => {
        if (path.startsWith(resolve(options.contentDir)) && extname(path) === ".md") {
          syncArticles(context, options).catch((error: unknown) => context.logger.error(String(error)));
        }
      });
    },
  } satisfies Loader;
}

async function syncArticles(context: LoaderContext, options: ArticleLoaderOptions): Promise<void> {
  const root = context.config.root.pathname;
  const contentDir = resolve(root, options.contentDir);
  const publicDir = context.config.publicDir.pathname;
  const base = context.config.base;
  const parser = fingerprint(
    [join(root, "src/lib/article"), join(root, "src/lib/script"), join(root, "package-lock.json")],
    [JSON.stringify(options.conversion), base],
  );
  const converter = getScriptConverter(options.conversion);
  const files = (await glob(PATTERN, { cwd: contentDir, onlyFiles: true })).sort();
  const diagnostics: Diagnostic[] = [];
  const current: { slug: string; file: string }[] = [];
  const fresh: { article: Article; digest: string }[] = [];
  const previous = new Map(context.store.values().map((entry) => [(entry.data as Article).file, entry]));

  for (const name of files) {
    const file = relative(root, join(contentDir, name));
    const read = readArticleFile(join(contentDir, name), file);
    if ("diagnostic" in read) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const text = read.text;
    const digest = context.generateDigest(`${parser}\0${text}`);
    const cached = previous.get(file);
    if (cached?.digest === digest) {
      current.push({ slug: cached.id, file });
      continue;
    }
    const outcome = parseArticle(text, {
      file,
      defaultSlug: basename(name, ".md"),
      converter,
      base,
      assetExists: (path) => existsSync(join(publicDir, path)),
    });
    diagnostics.push(...outcome.diagnostics);
    if (outcome.article) {
      current.push({ slug: outcome.article.slug, file });
      fresh.push({ article: outcome.article, digest });
    }
  }
  diagnostics.push(...duplicateSlugs(current), ...reservedSlugs(current));

  for (const warning of diagnostics.filter((d) => d.severity === "warning")) {
    context.logger.warn(formatDiagnostic(warning));
  }
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new ContentError(errors);

  const keep = new Set(current.map((entry) => entry.slug));
  for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
  for (const { article, digest } of fresh) {
    context.store.set({ id: article.slug, data: article, digest, filePath: article.file });
  }
  context.logger.info(`${current.length} articles (${fresh.length} parsed, ${current.length - fresh.length} cached)`);
}

/** Slugs that would put an article where the site's own pages live. */
function reservedSlugs(articles: readonly { slug: string; file: string }[]): Diagnostic[] {
  return articles
    .filter(({ slug }) => RESERVED_SLUGS.has(slug))
    .map(({ slug, file }) => ({
      file,
      line: 1,
      column: 1,
      severity: "error",
      message: `Slug "${slug}" is reserved for the site's own pages: rename the file or set another \`slug:\`.`,
    }));
}
