/** Checks an article as the build would, without building: for the importer and other tools. */
import { getConverter } from "../script/converter.ts";
import { siteConfig } from "../../site.config.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { parseArticle, type ParseOptions } from "./parse.ts";

/**
 * Every problem the build would report for this Markdown (errors and warnings), positioned in it.
 * @param file path shown in the diagnostics, e.g. `content/2024-05-12-a.md`; images written
 *   relative to the article (`./a.jpg`) are looked for next to it
 * @param options e.g. `fileExists` to vouch for images not written yet
 */
export function validateArticle(
  markdown: string,
  file: string,
  defaultSlug = "article",
  options: Pick<ParseOptions, "fileExists" | "assetExists" | "path" | "publicDir"> = {},
): Diagnostic[] {
  return parseArticle(markdown, { file, defaultSlug, converter: getConverter(siteConfig.conversion), ...options })
    .diagnostics;
}
