/** Parsing article files for the build: batches run in worker processes, or in-process for small builds. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../article/diagnostics.ts";
import { parseArticles } from "../article/parse.ts";
import type { ArticleRecord } from "../article/schema.ts";
import { getConverter } from "../script/converter.ts";
import type { ConversionSettings } from "../script/types.ts";
import { searchEdition, searchRecord, type SearchRecord } from "../site/search-records.ts";
import { storeBodies } from "../site/bodies.ts";

export type ParseJob = {
  readonly text: string;
  /** Path shown in diagnostics. */
  readonly file: string;
  readonly defaultSlug: string;
  /** Absolute path of the article file (images are relative to it). */
  readonly path: string;
  /** Time zone of dates written without one (the site's). */
  readonly timeZone: string;
  readonly digest: string;
  readonly conversion: ConversionSettings;
  readonly base: string;
  readonly publicDir: string;
  /** The content folder (images must lie inside it or public/). */
  readonly contentDir: string;
  readonly bodyDir: string;
};

export type ParseResult = {
  readonly record?: ArticleRecord;
  /** What the search index needs of the article, made while its text is at hand. */
  readonly search?: SearchRecord;
  readonly diagnostics: Diagnostic[];
  /** Ambiguous characters decided by a single-character default in the batch (on its first result). */
  readonly defaultDecided?: number;
};

/** Parses a batch of files (their conversions go to opencc together, see parseArticles). */
export default function parseJobs(jobs: readonly ParseJob[]): ParseResult[] {
  const outcomes = parseArticles(
    jobs.map((job) => ({
      source: job.text,
      options: {
        file: job.file,
        defaultSlug: job.defaultSlug,
        converter: getConverter(job.conversion),
        base: job.base,
        path: job.path,
        publicDir: job.publicDir,
        contentDir: job.contentDir,
        timeZone: job.timeZone,
        assetExists: (path: string) => existsSync(join(job.publicDir, path)),
      },
    })),
  );
  // One body file for the batch (all jobs of a build share bodyDir).
  const parsed = outcomes.flatMap((outcome, index) =>
    outcome.article === undefined ? [] : [{ index, digest: jobs[index]?.digest ?? "", article: outcome.article }],
  );
  const stored = storeBodies(jobs[0]?.bodyDir ?? "", parsed);
  const records = new Map(parsed.map(({ index }, position) => [index, stored[position]]));
  const first = jobs[0];
  const defaultDecided = first === undefined ? 0 : (getConverter(first.conversion).takeDefaultCount?.() ?? 0);
  return jobs.map((job, index): ParseResult => {
    const outcome = outcomes[index] ?? { diagnostics: [] };
    const record = records.get(index);
    const counted = index === 0 ? { defaultDecided } : {};
    if (outcome.article === undefined || record === undefined) return { diagnostics: outcome.diagnostics, ...counted };
    const indexed = searchEdition(job.conversion);
    const bodies = Object.fromEntries(
      Object.entries(outcome.article.editions).map(([id, edition]) => [id, edition.sections]),
    );
    const search = searchRecord(record, indexed, bodies);
    return { record, search, diagnostics: outcome.diagnostics, ...counted };
  });
}

/** Two short articles, one in each script, whose conversion needs the dictionaries and the segmenter. */
const WARM_UP = ["他把头发吹干，又去银行办理发卡业务。", "他把頭髮吹乾，又去銀行辦理發卡業務。"];

/**
 * Parses two sample articles in this process and discards them: the parser and the conversion
 * engine load their dictionaries (0.8 s) before an edit needs them, not while it waits (the dev
 * server parses an edited article in its own process).
 */
export function warmUpParser(conversion: ConversionSettings): void {
  parseArticles(
    WARM_UP.map((body, index) => ({
      source: `---\ntitle: ${body.slice(0, 4)}\ndate: 2024-01-01\nsource: newsprint\n---\n\n${body}\n`,
      options: { file: `warm-up-${index}.md`, defaultSlug: `warm-up-${index}`, converter: getConverter(conversion) },
    })),
  );
}
