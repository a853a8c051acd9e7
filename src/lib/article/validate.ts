/** Checks an article as the build would, without building: for the importer and other tools. */
import { getConverter } from "../script/converter.ts";
import type { ConversionSettings } from "../script/types.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { parseArticle, type ParseOptions } from "./parse.ts";

/**
 * Every problem the build would report for this Markdown (errors and warnings), positioned in it.
 * @param file path shown in the diagnostics, e.g. `content/2024-05-12-a.md`; images written
 *   relative to the article (`./a.jpg`) are looked for next to it
 * @param settings the site's conversion settings and time zone (`SiteConfig`)
 * @param options e.g. `fileExists` to vouch for images not written yet
 */
export function validateArticle(
  markdown: string,
  file: string,
  defaultSlug: string,
  settings: { readonly conversion: ConversionSettings; readonly timeZone?: string },
  options: Pick<ParseOptions, "fileExists" | "assetExists" | "path" | "publicDir"> = {},
): Diagnostic[] {
  const { conversion, timeZone } = settings;
  const converter = getConverter(conversion);
  return parseArticle(markdown, { file, defaultSlug, converter, ...(timeZone ? { timeZone } : {}), ...options })
    .diagnostics;
}
