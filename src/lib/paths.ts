/**
 * URL layout of the site, relative to the base path: the one module that owns URL shapes. Every
 * path ends with "/" or a file name. Each edition has a folder named by its id (`zh-hant/`).
 * Articles are files (`zh-hant/<slug>.html`): one page each, no folder to make, which matters when
 * thousands are written; listings, search and the colophon are folders with an index.html.
 * Plain TypeScript with no imports, so that browser scripts can use it too.
 */

/** Folders and files an edition's folder holds besides its articles. */
export const EDITION_FOLDERS = {
  page: "page",
  /** Sections (欄目): named by the article's category, else its breadcrumb's last level. */
  category: "category",
  tag: "tag",
  author: "author",
  about: "about",
  search: "search",
} as const;
export const FEED_FILE = "feed.xml";
/** Where the search index lives, at the site root. */
export const SEARCH_BUNDLE = "pagefind/";

/**
 * Article slugs that would collide with the site's own pages in an edition folder: its folders,
 * its feed, `index` (the listing's index.html) and `404`.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  ...Object.values(EDITION_FOLDERS),
  FEED_FILE.replace(/\.xml$/, ""),
  FEED_FILE,
  "index",
  "404",
  SEARCH_BUNDLE.replace(/\/$/, ""),
]);

/**
 * Edition ids that would collide with the site's own folders and files at its root: the search
 * index, Astro's bundles, photos, sitemaps, robots.txt, the 404 page, and the words the routes use.
 * (`_astro` is also refused by the id's pattern.)
 */
export const RESERVED_EDITION_IDS: ReadonlySet<string> = new Set([
  SEARCH_BUNDLE.replace(/\/$/, ""),
  "_astro",
  "media",
  "assets",
  "sitemap",
  "sitemap-index",
  "sitemap-0",
  "robots",
  "favicon",
  "index",
  "404",
  ...RESERVED_SLUGS,
]);

/** Joins the base path and a site path: withBase("/news/", "zh-hant/a/") → "/news/zh-hant/a/". */
export function withBase(base: string, path = ""): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

/** Rest parameter of a paginated listing: none for page 1, `page/N` after it. */
export const pageParam = (number: number): string | undefined =>
  number === 1 ? undefined : `${EDITION_FOLDERS.page}/${number}`;
const pageSuffix = (page: number): string => (page > 1 ? `${EDITION_FOLDERS.page}/${page}/` : "");

export const editionRoot = (edition: string): string => `${edition}/`;
export const articlePath = (edition: string, slug: string): string => `${edition}/${slug}.html`;
/** Page 1 of a listing is its root; later pages live under page/N/. */
export const indexPath = (edition: string, page = 1): string => `${edition}/${pageSuffix(page)}`;
export const categoryPath = (edition: string, category: string, page = 1): string =>
  `${edition}/${EDITION_FOLDERS.category}/${category}/${pageSuffix(page)}`;
export const tagPath = (edition: string, tag: string, page = 1): string =>
  `${edition}/${EDITION_FOLDERS.tag}/${tag}/${pageSuffix(page)}`;
export const authorPath = (edition: string, author: string, page = 1): string =>
  `${edition}/${EDITION_FOLDERS.author}/${author}/${pageSuffix(page)}`;
export const feedPath = (edition: string): string => `${edition}/${FEED_FILE}`;
/** A section's own feed. */
export const categoryFeedPath = (edition: string, category: string): string =>
  `${edition}/${EDITION_FOLDERS.category}/${category}/${FEED_FILE}`;
export const searchPath = (edition: string): string => `${edition}/${EDITION_FOLDERS.search}/`;
export const aboutPath = (edition: string): string => `${edition}/${EDITION_FOLDERS.about}/`;

/**
 * The same page in another edition: swaps the edition folder of a path below the base
 * (`zh-hant/a.html` → `zh-hans/a.html`); undefined when the path is not in an edition folder.
 */
export function inEdition(path: string, editions: readonly string[], target: string): string | undefined {
  const [first, ...rest] = path.replace(/^\/+/, "").split("/");
  if (first === undefined || !editions.includes(first)) return undefined;
  return [target, ...rest].join("/");
}
