/** URL layout of the site, relative to the base path. */
import type { Script } from "../script/types.ts";

export const SCRIPT_SEGMENT: Record<Script, "zh-hant" | "zh-hans"> = { hant: "zh-hant", hans: "zh-hans" };

export function scriptFromSegment(segment: string | undefined): Script | undefined {
  if (segment === "zh-hant") return "hant";
  if (segment === "zh-hans") return "hans";
  return undefined;
}

/** Joins the base path and a site path: withBase("/news/", "zh-hant/a/") → "/news/zh-hant/a/". */
export function withBase(base: string, path = ""): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

export const articlePath = (script: Script, slug: string): string => `${SCRIPT_SEGMENT[script]}/${slug}/`;
export const indexPath = (script: Script): string => `${SCRIPT_SEGMENT[script]}/`;
