// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import newsprint from "./src/integrations/newsprint.ts";
import { cachedSitemap } from "./src/integrations/cached-sitemap.ts";
import { imageOrigins, imageService } from "./src/integrations/images/astro-service.ts";
import { qrProblem } from "./src/lib/site/share.ts";
import { sitemapOptions, sitemapProblem } from "./src/lib/site/sitemap.ts";
import { siteConfigOrExit } from "./src/config/load.ts";
import { astroCacheDir } from "./src/config/cache-dir.ts";

/**
 * Deployment: SITE is the public origin (canonical URLs, feeds, sitemap), BASE the sub-path.
 * e.g. SITE=https://example.org BASE=/news/ npm run build
 */
const DEFAULT_SITE = "http://localhost:4321";
const site = process.env.SITE || DEFAULT_SITE;
const base = process.env.BASE || "/";
/** src/site.config.ts (or NEWSPRINT_SITE_CONFIG), validated once; an invalid one stops here with every problem listed. */
const root = dirname(fileURLToPath(import.meta.url));
const siteConfig = siteConfigOrExit(root);
// An address too long for a sitemap: built without one, with a message (not a crash in the sitemap package).
const noSitemap = sitemapProblem(site, base);
for (const problem of [noSitemap, qrProblem(site, base)]) if (problem !== undefined) console.warn(problem);

export default defineConfig({
  // Builds with other SITE/BASE values (tests, benchmarks) keep their own content cache.
  cacheDir: astroCacheDir(root),
  site,
  base,
  trailingSlash: "ignore",
  // Pages are small and rendering waits mostly on the file system: keep several writes in flight.
  // Pages are written as their routes are laid out: articles as `<slug>.html` files, index routes
  // (listings, search, colophon) as folders with an index.html. One stylesheet file, cached by the
  // browser across pages, instead of the same CSS in every page.
  build: { format: "preserve", inlineStylesheets: "never", concurrency: 8 },
  integrations: [
    mdx(),
    // Content pages with hreflang alternates in every edition, found by swapping the edition folder
    // (the `i18n` option finds them by scanning every URL for every page: seconds at a few thousand articles).
    // Written again only when its pages, routes or options changed (src/integrations/cached-sitemap.ts).
    ...(noSitemap === undefined
      ? [
          cachedSitemap(
            sitemap(sitemapOptions(siteConfig.editions.all)),
            astroCacheDir(root),
            JSON.stringify(siteConfig.editions.all.map((edition) => [edition.id, edition.lang])),
          ),
        ]
      : []),
    // Search index, sitemap.xml and the build summary; content errors in the dev browser. After sitemap().
    newsprint({ site: siteConfig }),
  ],
  // Astro's console log with one generated route per line (src/integrations/build-log.mjs).
  logger: { entrypoint: "./src/integrations/build-log.mjs" },
  // Photos (the `photos` site setting): each decoded once and encoded at every width and format
  // (src/lib/images/service.ts), or signed URLs of a Thumbor server that encodes them instead.
  image: { service: imageService(siteConfig.photos, site) },
  devToolbar: { enabled: false },
  // Rebuilds skip pages whose cacheKey (article digest) and code are unchanged.
  experimental: { incrementalBuild: true },
  // Articles go through newsprint's own unified pipeline; Astro's Markdown only renders the colophon.
  markdown: { syntaxHighlight: false },
  // Content-Security-Policy meta tag: Astro hashes the page's own scripts and styles; nothing else runs.
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'self'",
        `img-src 'self' data:${imageOrigins(siteConfig.photos)
          .map((origin) => ` ${origin}`)
          .join("")}`,
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
