/**
 * What @astrojs/sitemap needs from the site: which pages belong in it and, for each, the URL it is
 * served at and its hreflang alternates in every edition. The integration names pages by route;
 * articles are `<slug>.html` files (`build.format: "preserve"`), every other page a folder.
 */
import { EDITION_FOLDERS } from "./paths.ts";

type EditionRef = { readonly id: string; readonly lang: string };
type Item = { url: string; links?: { url: string; lang: string }[] };

const FOLDERS: ReadonlySet<string> = new Set(Object.values(EDITION_FOLDERS));

/** Where in the URL's path the edition folder is, if it has one. */
function locate(url: string, editions: readonly EditionRef[]) {
  const parsed = new URL(url);
  const segments = parsed.pathname.split("/");
  const index = segments.findIndex((segment) => editions.some((edition) => edition.id === segment));
  if (index === -1) return undefined;
  return { parsed, segments, index, rest: segments.slice(index + 1).filter((segment) => segment !== "") };
}

/** Longest URL a sitemap may hold (sitemaps.org); the `sitemap` package throws past it. */
export const MAX_SITEMAP_URL = 2048;
export const SITEMAP_TOO_LONG_RULE = "sitemap-url-too-long";

/**
 * Why the site can have no sitemap, if it cannot: its address (SITE + BASE) leaves no room under
 * the sitemaps' 2,048-character limit for the sitemap files' own URLs. The build then goes without
 * one and says so, instead of failing in the sitemap package.
 */
export function sitemapProblem(site: string, base: string): string | undefined {
  const root = `${site.replace(/\/+$/, "")}/${base.replace(/^\/+/, "")}`;
  if (root.length + "sitemap-index.xml".length + 64 <= MAX_SITEMAP_URL) return undefined;
  return `SITE/BASE: warning: the site's address is ${root.length} characters long, too long for a sitemap (URLs of at most ${MAX_SITEMAP_URL} characters): the site is built without sitemap.xml. Shorten the SITE or BASE setting to have one. [${SITEMAP_TOO_LONG_RULE}]`;
}

export function sitemapOptions(editions: readonly EditionRef[]) {
  return {
    /** Only real content pages: not the root redirect, search pages or the 404 page. */
    filter: (page: string): boolean => {
      // A page whose address is too long for a sitemap is built, but left out of it.
      if (page.length > MAX_SITEMAP_URL) return false;
      const found = locate(page, editions);
      return found !== undefined && found.rest[0] !== EDITION_FOLDERS.search;
    },
    /** Every content page exists in every edition under the same path: alternates swap the folder. */
    serialize: <T extends Item>(item: T): T => {
      const found = locate(item.url, editions);
      if (found === undefined) return item;
      const { parsed, segments, index, rest } = found;
      const article = rest.length === 1 && !FOLDERS.has(rest[0] ?? "");
      const tail = rest.length === 0 ? "" : article ? `${rest[0]}.html` : `${rest.join("/")}/`;
      const at = (id: string) => new URL(`${[...segments.slice(0, index), id].join("/")}/${tail}`, parsed.origin).href;
      const own = segments[index] ?? "";
      return { ...item, url: at(own), links: editions.map((edition) => ({ url: at(edition.id), lang: edition.lang })) };
    },
  };
}
