/**
 * The newsprint integration: what Astro's own commands need beyond pages.
 *
 * - `astro build`: the search index (pagefind/) is built beside the pages, from the articles the
 *   loader reports (./channel.ts), and moved into the site at the end with a copy of the sitemap
 *   index as sitemap.xml; the build then prints one summary line. A build in which the loader
 *   reported nothing fails rather than ship a site without search. The originals of the photos
 *   articles use are linked where Astro's image generation reads them
 *   (src/lib/output/photo-originals.ts) and, unless a Thumbor server fetches them, removed after.
 *   The content store module reads its file when the pages are made instead of holding it as one
 *   string literal (./data-store-module.ts).
 * - `astro dev`: content errors are shown in the browser (Astro's error overlay, with file, line,
 *   column and the offending lines) in place of every page until they are fixed, then the page
 *   reloads by itself.
 *
 * - Everywhere: the validated site settings (src/config/load.ts) are the module
 *   `virtual:newsprint/config` (`import { siteConfig } from "virtual:newsprint/config"`), for
 *   pages, components and content.config.ts; code in src/lib receives them as parameters.
 *
 * Register it after `@astrojs/sitemap`, whose sitemap index it copies.
 */
import { existsSync, readFileSync } from "node:fs";
import { copyFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from "astro";
import { searchForWorkspaceRoot, type Connect, type Plugin, type ViteDevServer } from "vite";
import { formatDiagnostic, type Diagnostic } from "../lib/article/diagnostics.ts";
import type { SiteConfig } from "../lib/site/config.ts";
import { finishSearchIndex, startSearchIndex, type RunningIndex } from "../lib/build/search-task.ts";
import { publishOriginals, removeOriginals } from "../lib/output/photo-originals.ts";
import { CHANNEL_PLUGIN, type ChannelPlugin, type LoadedArticles } from "./channel.ts";
import { dataStoreReadAtRunTime } from "./data-store-module.ts";
import { devContentStore, isPageRequest, PAGE_SCRIPT, type DevContentStore } from "./dev-content-store.ts";

export { settleSearchIndexes } from "../lib/build/search-task.ts";

export type NewsprintOptions = {
  /** The validated site settings (src/config/load.ts). */
  readonly site: SiteConfig;
};

/** The module through which pages and components receive the site settings. */
export const CONFIG_MODULE = "virtual:newsprint/config";
const RESOLVED_CONFIG_MODULE = `\0${CONFIG_MODULE}`;
const CONFIG_SOURCE = fileURLToPath(new URL("../lib/site/config.ts", import.meta.url));

/** Serves CONFIG_MODULE: the settings as data, rebuilt into their registry by src/lib/site/config.ts. */
function configModule(site: SiteConfig): Plugin {
  return {
    name: "newsprint:config",
    resolveId: (id) => (id === CONFIG_MODULE ? RESOLVED_CONFIG_MODULE : undefined),
    load: (id) =>
      id === RESOLVED_CONFIG_MODULE
        ? [
            `import { siteConfigFromData } from ${JSON.stringify(CONFIG_SOURCE)};`,
            `export const siteConfig = siteConfigFromData(${JSON.stringify(site.data)});`,
            "export default siteConfig;",
          ].join("\n")
        : undefined,
  };
}

export default function newsprint({ site }: NewsprintOptions): AstroIntegration {
  let command: "dev" | "build" | "preview" | "sync" = "sync";
  let config: AstroConfig | undefined;
  let started = performance.now();
  let loaded: LoadedArticles | undefined;
  let search: RunningIndex | undefined;
  let originalsPublished = false;
  let errors: readonly Diagnostic[] = [];
  let server: ViteDevServer | undefined;
  let liveStore: DevContentStore | undefined;

  const plugin: ChannelPlugin = {
    name: CHANNEL_PLUGIN,
    api: {
      articlesLoaded(next) {
        loaded = next;
        if (command === "build" && config !== undefined && search === undefined) {
          search = startSearchIndex(next.search, fileURLToPath(config.cacheDir), next.searchVersion);
        }
        if (errors.length > 0) {
          errors = [];
          // The overlay goes when the page reloads, now showing the fixed article.
          server?.environments.client.hot.send({ type: "full-reload", path: "*" });
        }
      },
      contentFailed(next) {
        errors = next;
        if (server !== undefined && config !== undefined) {
          server.environments.client.hot.send({ type: "error", err: overlayError(errors, config) });
        }
      },
      syncPending(pending) {
        liveStore?.pending(pending);
      },
      storeChanged(collections) {
        liveStore?.publish(collections);
      },
    },
    configureServer(devServer) {
      server = devServer;
      liveStore = devContentStore(devServer);
      // Before Astro's own page handler: pages wait for an edit's sync; while the content has
      // errors, pages show them instead.
      devServer.middlewares.use(liveStore.holdPages);
      devServer.middlewares.use(showContentErrors);
      // Changes that land between serving a page and its connection opening: a page that
      // connects while there are errors gets them; an error page asks, and reloads if fixed.
      const hot = devServer.environments.client.hot;
      hot.on("vite:client:connect", (_data, client) => {
        if (errors.length > 0 && config !== undefined)
          client.send({ type: "error", err: overlayError(errors, config) });
      });
      hot.on(ERROR_PAGE_EVENT, (_data, client) => {
        if (errors.length === 0) client.send({ type: "full-reload", path: "*" });
      });
    },
  };

  const showContentErrors: Connect.NextHandleFunction = (request, response, next) => {
    if (errors.length === 0 || !isPageRequest(request) || config === undefined) return next();
    errorPage(response, overlayError(errors, config), errors);
  };

  return {
    name: "newsprint",
    hooks: {
      "astro:config:setup": ({ command: current, updateConfig, config: initial, injectScript }) => {
        command = current;
        if (current === "dev") injectScript("page", PAGE_SCRIPT);
        started = performance.now();
        const root = fileURLToPath(initial.root);
        updateConfig({
          vite: {
            plugins: [
              plugin,
              configModule(site),
              ...(current === "build"
                ? [dataStoreReadAtRunTime(new URL("data-store.json", initial.cacheDir), "build")]
                : current === "dev"
                  ? [dataStoreReadAtRunTime(new URL(".astro/data-store.json", initial.root), "dev")]
                  : []),
            ],
            // The dev server's image endpoint reads photos where they are: the content folder (which
            // may be outside the project) and still frames of animations in the cache folder.
            server: {
              fs: {
                allow: [searchForWorkspaceRoot(root), resolve(root, site.contentDir), fileURLToPath(initial.cacheDir)],
              },
            },
          },
        });
      },
      "astro:config:done": ({ config: done }) => {
        config = done;
      },
      "astro:build:start": () => {
        if (search === undefined || loaded === undefined || config === undefined) {
          throw new Error(
            "The article loader did not report the articles, so no search index could be built: is articleLoader() the loader of the articles collection in src/content.config.ts?",
          );
        }
        originalsPublished = false;
      },
      // After Astro empties the output folder (a build without src/cli/build.ts), before any page.
      "astro:build:setup": () => {
        if (originalsPublished || loaded === undefined || config === undefined) return;
        publishOriginals(fileURLToPath(config.outDir), loaded.photos);
        originalsPublished = true;
      },
      "astro:build:done": async ({ dir, pages, logger }) => {
        if (search === undefined || loaded === undefined) throw new Error("No search index was started.");
        const outDir = fileURLToPath(dir);
        // Encoded at build time, the photos need no originals in the site; Thumbor reads them there.
        if (site.photos.thumbor === undefined) removeOriginals(outDir, loaded.photos);
        const index = await finishSearchIndex(search, join(outDir, "pagefind"));
        search = undefined;
        // Static hosts and crawlers look for /sitemap.xml; @astrojs/sitemap writes a sitemap index.
        if (existsSync(join(outDir, "sitemap-index.xml"))) {
          await copyFile(join(outDir, "sitemap-index.xml"), join(outDir, "sitemap.xml"));
        }
        summary(logger, loaded, pages.length, index);
      },
    },
  };

  function summary(
    logger: AstroIntegrationLogger,
    articles: LoadedArticles,
    pages: number,
    index: { records: number; shards: number; reused: number; delta: number },
  ): void {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.info(
      `${count(articles.articles, "article")} (${articles.parsed} parsed), ${count(pages, "page")}, ` +
        `${count(articles.editions, "edition")}, ${count(index.records, "search record")} ` +
        `(${count(index.shards, "shard")}, ${index.reused} unchanged, ${index.delta} in the delta), ${seconds}s`,
    );
  }
}

/** Sent by the error page once its connection to the dev server is open. */
const ERROR_PAGE_EVENT = "newsprint:error-page";

/** The error as Astro's overlay shows it: every diagnostic in the message, the first one's lines as code. */
function overlayError(errors: readonly Diagnostic[], config: AstroConfig) {
  const root = fileURLToPath(config.root);
  const [first] = errors;
  const file = first === undefined ? root : resolve(root, first.file);
  const lines = errors.map(
    (diagnostic) => `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.message}`,
  );
  const source = first === undefined ? undefined : readSource(file);
  return {
    name: "ContentError",
    title: `${errors.length} content error(s)`,
    message: lines.map(escapeHtml).join("<br>"),
    hint: "Fix the file and save it: this page reloads by itself. The same errors are in the terminal.",
    loc: { file, line: first?.line ?? 1, column: first?.column ?? 1 },
    ...(source === undefined || first === undefined
      ? {}
      : { highlightedCode: codeLines(source, first.line), frame: frame(source, first) }),
    plugin: "newsprint",
    stack: errors.map((diagnostic) => formatDiagnostic(diagnostic)).join("\n"),
  };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function readSource(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/**
 * The file up to a few lines past `line` as the overlay's code block, the error line marked as
 * Astro's highlighter does. It starts at line 1 because the overlay numbers the lines itself; the
 * overlay scrolls to the error line.
 */
function codeLines(source: string, line: number): string {
  const html = source
    .split(/\r\n|\r|\n/)
    .slice(0, line + 3)
    .map((text, i) => `<span class="line${i + 1 === line ? " error-line" : ""}">${escapeHtml(text)}</span>`)
    .join("\n");
  return `<pre class="shiki"><code>${html}</code></pre>`;
}

/** Vite's plain-text code frame, for tools that read it. */
function frame(source: string, { line, column }: Diagnostic): string {
  const text = source.split(/\r\n|\r|\n/)[line - 1] ?? "";
  return `${String(line).padStart(4)} | ${text}\n     | ${" ".repeat(Math.max(0, column - 1))}^`;
}

/**
 * The error page served in place of every page: the errors as plain text (readable without
 * JavaScript) under Astro's overlay, which Vite's client (`/@vite/client`) draws. The client also
 * listens for the reload sent once the errors are fixed, and asks for it if they were fixed before
 * it connected.
 */
function errorPage(
  response: ServerResponse,
  error: ReturnType<typeof overlayError>,
  errors: readonly Diagnostic[],
): void {
  const json = JSON.stringify(error).replace(/</g, "\\u003c");
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Content error</title>
<script type="module">
import { ErrorOverlay, createHotContext } from "/@vite/client";
document.body.append(new ErrorOverlay(${json}));
createHotContext("/@newsprint/error-page").send("${ERROR_PAGE_EVENT}");
</script>
</head>
<body>
<h1>${errors.length} content error(s)</h1>
<pre>${errors.map((diagnostic) => escapeHtml(formatDiagnostic(diagnostic))).join("\n")}</pre>
</body>
</html>
`;
  response.writeHead(500, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  response.end(html);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
