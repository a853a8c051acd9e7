/**
 * @astrojs/sitemap, written again only when what it is made from changed: the pages, the routes,
 * the site's address and the sitemap's own code and options. An edit to an article changes none of
 * these (the sitemap has no dates), and at 20,000 articles writing the sitemap of 79,000 URLs again
 * took 2.5 s of a 32 s rebuild (docs/performance.md). The files of the last sitemap written are
 * kept in the cache folder as hard links and linked into the new site when nothing changed.
 *
 * The cached files are never written through: a build that writes the sitemap writes new files into
 * its (fresh) output folder, and the cache drops its old links before it links the new ones.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { link, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroConfig, AstroIntegration, IntegrationResolvedRoute } from "astro";

/** The files @astrojs/sitemap writes (its default `filenameBase`). */
const SITEMAP_FILE = /^sitemap-(?:index|\d+)\.xml$/u;

type BuildDone = NonNullable<AstroIntegration["hooks"]["astro:build:done"]>;

/**
 * Wraps the sitemap integration. `cacheDir` keeps the last sitemap; `key` names everything else its
 * output depends on that the pages and config do not show (its options, e.g. the editions).
 */
export function cachedSitemap(sitemap: AstroIntegration, cacheDir: string, key: string): AstroIntegration {
  const kept = join(cacheDir, "newsprint-sitemap");
  let config: AstroConfig | undefined;
  let routes: readonly IntegrationResolvedRoute[] = [];
  const hooks = sitemap.hooks;
  const write = hooks["astro:build:done"];
  return {
    ...sitemap,
    hooks: {
      ...hooks,
      "astro:routes:resolved": async (options) => {
        routes = options.routes;
        await hooks["astro:routes:resolved"]?.(options);
      },
      "astro:config:done": async (options) => {
        config = options.config;
        await hooks["astro:config:done"]?.(options);
      },
      "astro:build:done": async (options) => {
        if (write === undefined || config === undefined) return;
        const outDir = fileURLToPath(options.dir);
        const digest = sitemapDigest(key, config, routes, options.pages);
        if ((await readFile(stampFile(kept), "utf8").catch(() => undefined)) === digest) {
          const linked = await linkKept(kept, outDir);
          if (linked > 0) {
            options.logger.info(`sitemap unchanged: ${linked} file(s) taken from the last build`);
            return;
          }
        }
        await (write as BuildDone).call(sitemap, options);
        await keep(outDir, kept, digest);
      },
    },
  };
}

/** What the sitemap is made from, as one digest (routes and pages in a fixed order). */
function sitemapDigest(
  key: string,
  config: AstroConfig,
  routes: readonly IntegrationResolvedRoute[],
  pages: readonly { pathname: string }[],
): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([key, SITEMAP_CODE, config.site, config.base, config.trailingSlash, config.build.format]));
  for (const route of [...routes].map((r) => `${r.type} ${r.pattern} ${r.pathname ?? ""}`).sort())
    hash.update(`\0r${route}`);
  for (const page of pages.map((p) => p.pathname).sort()) hash.update(`\0p${page}`);
  return hash.digest("hex");
}

/** The sitemap package's version and newsprint's sitemap options' source: a change to either writes it again. */
const SITEMAP_CODE = (() => {
  const options = readFileSync(new URL("../lib/site/sitemap.ts", import.meta.url), "utf8");
  const manifest = createRequire(import.meta.url).resolve("@astrojs/sitemap/package.json");
  const version = (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
  return createHash("sha256").update(`${version}\0${options}`).digest("hex");
})();

async function sitemapFiles(dir: string): Promise<string[]> {
  return (await readdir(dir).catch(() => [])).filter((name) => SITEMAP_FILE.test(name));
}

/** Links the kept sitemap files into the output folder; 0 when there are none (or one cannot be linked). */
async function linkKept(kept: string, outDir: string): Promise<number> {
  const files = await sitemapFiles(kept);
  if (!files.includes("sitemap-index.xml")) return 0;
  try {
    for (const name of files) await link(join(kept, name), join(outDir, name));
  } catch {
    for (const name of files) await rm(join(outDir, name), { force: true });
    return 0;
  }
  return files.length;
}

/** Replaces the kept sitemap with links to the one just written (nothing kept if linking fails). */
async function keep(outDir: string, kept: string, digest: string): Promise<void> {
  await rm(kept, { recursive: true, force: true });
  const files = await sitemapFiles(outDir);
  if (files.length === 0) return;
  try {
    await mkdir(kept, { recursive: true });
    for (const name of files) await link(join(outDir, name), join(kept, name));
    await writeFile(stampFile(kept), digest);
  } catch {
    await rm(kept, { recursive: true, force: true });
  }
}

const stampFile = (kept: string) => join(kept, "digest.txt");
