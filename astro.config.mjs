// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";

/**
 * Deployment: SITE is the public origin (canonical URLs, feeds, sitemap), BASE the sub-path.
 * e.g. SITE=https://example.org BASE=/news/ npm run build
 */
/** Site folders of each script; every other single name under a script folder is an article. */
const SCRIPT_FOLDERS = new Set(["about", "search", "page", "category"]);

/**
 * The URL a page is served at. The sitemap integration names pages by route: articles are
 * `<slug>.html` files (`build.format: "preserve"`), every other page a folder.
 * @param {string} url
 */
function servedUrl(url) {
  const match = /^(.*\/zh-han[st]\/)(.*?)\/?$/.exec(url);
  if (match === null) return url;
  const [, folder = "", rest = ""] = match;
  if (rest === "") return folder;
  const article = !rest.includes("/") && !SCRIPT_FOLDERS.has(rest);
  return article ? `${folder}${rest}.html` : `${folder}${rest}/`;
}

/**
 * Both script versions of a page's URL, as sitemap hreflang links (none for other pages).
 * @param {string} url
 * @returns {{ url: string, lang: string }[]}
 */
function scriptAlternates(url) {
  const match = /\/zh-han[st]\//.exec(url);
  if (match === null) return [];
  /** @param {string} folder */
  const at = (folder) => url.slice(0, match.index) + folder + url.slice(match.index + match[0].length);
  return [
    { url: at("/zh-hant/"), lang: "zh-Hant" },
    { url: at("/zh-hans/"), lang: "zh-Hans" },
  ];
}

const DEFAULT_SITE = "http://localhost:4321";
const site = process.env.SITE || DEFAULT_SITE;
const base = process.env.BASE || "/";

export default defineConfig({
  // Builds with other SITE/BASE values (tests, benchmarks) keep their own content cache.
  ...(process.env.NEWSPRINT_CACHE_DIR ? { cacheDir: process.env.NEWSPRINT_CACHE_DIR } : {}),
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
    sitemap({
      // Only real content pages: not the root redirect, search results or the 404 page.
      filter: (page) => /\/zh-han[st]\//.test(page) && !/\/search\/$/.test(page),
      // Every content page exists in both scripts under the same path: its hreflang alternates
      // are found by swapping the script folder. (The `i18n` option finds them by scanning every
      // URL for every page, which took seconds at a few thousand articles.)
      serialize: (item) => {
        const url = servedUrl(item.url);
        return { ...item, url, links: scriptAlternates(url) };
      },
    }),
  ],
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
        "img-src 'self' data:",
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
