/** Parsing one article file for the build: run in worker threads, or in-process for small batches. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../article/diagnostics.ts";
import { parseArticle } from "../article/parse.ts";
import type { ArticleRecord } from "../article/schema.ts";
import { getScriptConverter } from "../script/converter.ts";
import type { ConversionSettings } from "../script/types.ts";
import { searchRecord, type SearchRecord } from "../site/search-records.ts";
import { storeBody } from "./bodies.ts";

export type ParseJob = {
  readonly text: string;
  /** Path shown in diagnostics. */
  readonly file: string;
  readonly defaultSlug: string;
  readonly digest: string;
  readonly conversion: ConversionSettings;
  readonly base: string;
  readonly publicDir: string;
  readonly bodyDir: string;
};

export type ParseResult = {
  readonly record?: ArticleRecord;
  /** What the search index needs of the article, made while its text is at hand. */
  readonly search?: SearchRecord;
  readonly diagnostics: Diagnostic[];
};

export default function parseJob(job: ParseJob): ParseResult {
  const outcome = parseArticle(job.text, {
    file: job.file,
    defaultSlug: job.defaultSlug,
    converter: getScriptConverter(job.conversion),
    base: job.base,
    assetExists: (path) => existsSync(join(job.publicDir, path)),
  });
  if (outcome.article === undefined) return { diagnostics: outcome.diagnostics };
  const record = storeBody(job.bodyDir, job.digest, outcome.article);
  const search = searchRecord(record, outcome.article.editions.hans.sections);
  return { record, search, diagnostics: outcome.diagnostics };
}
