/** Checks an article as the build would, without building: for the importer and other tools. */
import { getConverter } from "../script/converter.ts";
import { siteConfig } from "../../site.config.ts";
import type { Diagnostic } from "./diagnostics.ts";
import { parseArticle } from "./parse.ts";

/**
 * Every problem the build would report for this Markdown (errors and warnings), positioned in it.
 * @param file path shown in the diagnostics, e.g. `content/2024-05-12-a.md`
 */
export function validateArticle(markdown: string, file: string, defaultSlug = "article"): Diagnostic[] {
  return parseArticle(markdown, { file, defaultSlug, converter: getConverter(siteConfig.conversion) }).diagnostics;
}
