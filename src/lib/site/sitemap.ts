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

export function sitemapOptions(editions: readonly EditionRef[]) {
  return {
    /** Only real content pages: not the root redirect, search pages or the 404 page. */
    filter: (page: string): boolean => {
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
