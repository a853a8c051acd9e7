/**
 * URL layout of the site, relative to the base path. Every path ends with "/" or a file name.
 * Articles are files (`zh-hant/<slug>.html`): one page each, no folder to make, which matters when
 * thousands are written; listings, search and the colophon are folders with an index.html.
 */
import type { Script } from "../script/types.ts";

export const SCRIPT_SEGMENT: Record<Script, "zh-hant" | "zh-hans"> = { hant: "zh-hant", hans: "zh-hans" };

/** Article slugs that would collide with the site's own pages. */
export const RESERVED_SLUGS = new Set(["page", "category", "about", "search", "feed.xml", "pagefind"]);

/** Joins the base path and a site path: withBase("/news/", "zh-hant/a/") → "/news/zh-hant/a/". */
export function withBase(base: string, path = ""): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

export const articlePath = (script: Script, slug: string): string => `${SCRIPT_SEGMENT[script]}/${slug}.html`;
/** Page 1 of a listing is its root; later pages live under page/N/. */
export const indexPath = (script: Script, page = 1): string =>
  `${SCRIPT_SEGMENT[script]}/${page > 1 ? `page/${page}/` : ""}`;
export const categoryPath = (script: Script, category: string, page = 1): string =>
  `${SCRIPT_SEGMENT[script]}/category/${category}/${page > 1 ? `page/${page}/` : ""}`;
export const feedPath = (script: Script): string => `${SCRIPT_SEGMENT[script]}/feed.xml`;
export const searchPath = (script: Script): string => `${SCRIPT_SEGMENT[script]}/search/`;
export const aboutPath = (script: Script): string => `${SCRIPT_SEGMENT[script]}/about/`;
