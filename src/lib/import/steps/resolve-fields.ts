/**
 * The article's fields from what was found: command-line options first, then the page's metadata
 * or what the text says. Every field's origin goes into the report; everything missing is refused
 * together, with the command that supplies it.
 */
import { findDate } from "../dates.ts";
import { assembleFrontMatter, type FrontMatter } from "../front-matter.ts";
import { attend } from "../messages.ts";
import { bylineOf } from "../meta.ts";
import type { Found } from "../report.ts";
import type { Structure } from "../structure.ts";
import type { RuleMeta } from "../../article/rules/define.ts";
import type { Script } from "../../script/types.ts";
import { fail, refuseMissing, type ImportFailure, type Missing } from "./refuse.ts";
import type { ImportRun } from "./run.ts";

export const SOURCE_GUESS: RuleMeta = {
  id: "source-guess",
  doc: "Points out a source taken from the site name or a reprint note, for the editor to confirm.",
  emits: ["import-source-guessed"],
};

export type ResolvedFields = {
  ok: true;
  front: FrontMatter;
  /** The calendar day (the file name's). */
  day: string;
  /** What the report says of each field, in its order. */
  found: Found[];
  /** The structure's note the source guess was reported under (left out of the report's notes). */
  siteNote?: string;
};

type DateFound = { day: string; found: Found };

/** `2024-05-12`, or `2024-05-12 08:31` (hours and minutes of a printed time, read in the site's time zone). */
function withTime(date: string, time: string | undefined): string {
  return time === undefined ? date : `${date} ${time.slice(0, 5)}`;
}

/** The date from --date; a refusal when it reads as no date. */
function dateFromOption(run: ImportRun, option: string): DateFound | ImportFailure {
  const parsed = /^\d{4}-\d{2}-\d{2}$/u.test(option) ? { date: option } : findDate(option);
  if (!parsed)
    return fail(
      run.file.path,
      `--date "${option}" is no date: write it YYYY-MM-DD, e.g. 2024-05-12, or with the time, 2024-05-12 08:31`,
      "import-bad-option",
    );
  const value = withTime(parsed.date, "time" in parsed ? parsed.time : undefined);
  return { day: parsed.date, found: { field: "date", value, note: "from --date" } };
}

/** The date from the text: with the time of day as printed, and whether it was a Republic-of-China date. */
function dateFromText(date: NonNullable<Structure["date"]>): DateFound {
  const value = withTime(date.date, date.time);
  const extras = [
    date.time ? "time of day as printed, read in the site's time zone" : "",
    date.roc ? "printed in the Republic-of-China calendar" : "",
  ].filter(Boolean);
  return { day: date.date, found: { field: "date", value, line: date.line, note: extras.join("; ") } };
}

/** The publication date: --date, else the page's metadata (with its offset), else the text. */
function resolveDate(run: ImportRun, structure: Structure): DateFound | ImportFailure | undefined {
  if (run.options.date) return dateFromOption(run, run.options.date);
  const pageDate = run.page?.hints.date;
  if (pageDate) {
    const value = run.page?.hints.moment ?? pageDate;
    return { day: pageDate, found: { field: "date", value, note: "from the page's metadata" } };
  }
  return structure.date ? dateFromText(structure.date) : undefined;
}

type SourceFound = { value: string | undefined; fromText: string | undefined };

/** The source: --source, else the text's (a guess from a site-name line loses to the page's metadata), else the page's. */
function resolveSource(run: ImportRun, structure: Structure): SourceFound {
  const guessedSite = structure.notes.some((note) => note.startsWith("source taken from the site name"));
  const fromText = guessedSite && run.page?.hints.source ? undefined : structure.source;
  return { value: run.options.source ?? fromText ?? run.page?.hints.source, fromText };
}

function sourceFound(run: ImportRun, structure: Structure, source: SourceFound): Found {
  const value = source.value ?? "";
  if (!run.options.source && source.fromText === undefined && run.page?.hints.source)
    return { field: "source", value, note: "from the page's metadata" };
  if (run.options.source) return { field: "source", value, note: "from --source" };
  return { field: "source", value, ...(structure.sourceLine ? { line: structure.sourceLine } : {}) };
}

/** Asks the editor to check a source guessed from the page (site name, reprint note); returns its note. */
function attendGuessedSource(run: ImportRun, structure: Structure, source: SourceFound): string | undefined {
  if (source.fromText === undefined) return undefined;
  const siteNote = structure.notes.find((note) => note.startsWith("source taken from"));
  if (siteNote && !run.options.source)
    attend(run.file, {
      line: structure.titleLine,
      column: 1,
      text: "",
      written: source.value ?? "",
      reason: `${siteNote}: check it, or give --source`,
      ruleId: "import-source-guessed",
    });
  return siteNote;
}

/** The author: --author, else the byline in the text, else the page's metadata (a disagreement noted). */
function resolveAuthor(run: ImportRun, structure: Structure): string | undefined {
  const pageAuthor = run.page?.hints.author;
  const fromPage = pageAuthor === undefined ? undefined : (bylineOf(pageAuthor) ?? pageAuthor);
  if (!run.options.author && structure.author && fromPage && structure.author !== fromPage)
    run.notes.push(`author from the byline on the page; the page's metadata says "${fromPage}"`);
  return run.options.author ?? structure.author ?? fromPage;
}

function titleFound(run: ImportRun, structure: Structure, title: string): Found {
  if (run.options.title) return { field: "title", value: title, note: "from --title" };
  return { field: "title", value: title, ...(structure.titleLine ? { line: structure.titleLine } : {}) };
}

/** What is missing of title, date and source, in the order a refusal names them. */
function missingFields(hasTitle: boolean, date: DateFound | undefined, source: SourceFound): Missing[] {
  return [
    ...(hasTitle ? [] : [{ what: "title", flag: '--title "headline"' }]),
    ...(date ? [] : [{ what: "date", flag: "--date YYYY-MM-DD" }]),
    ...(source.value ? [] : [{ what: "source", flag: '--source "publisher"' }]),
  ];
}

/** The front matter and the report's field lines; a refusal naming all that is missing. */
export function resolveFields(
  run: ImportRun,
  structure: Structure,
  found: { readonly hasTitle: boolean; readonly script: Script; readonly finish: (text: string) => string },
): ResolvedFields | ImportFailure {
  const date = resolveDate(run, structure);
  if (date && "ok" in date) return date;
  const source = resolveSource(run, structure);
  const missing = missingFields(found.hasTitle, date, source);
  if (missing.length > 0 || !date) return refuseMissing(run.file.path, missing);
  const siteNote = attendGuessedSource(run, structure, source);
  const author = resolveAuthor(run, structure);
  const front = assembleFrontMatter(
    {
      title: structure.title,
      date: date.found.value,
      source: source.value ?? "",
      author,
      breadcrumb: structure.breadcrumb,
      reprintedFrom: structure.reprintedFrom,
      originalUrl: run.page?.originalUrl,
      slug: run.options.slug,
      script: found.script,
    },
    found.finish,
  );
  const lines: Found[] = [
    titleFound(run, structure, front.title),
    date.found,
    { ...sourceFound(run, structure, source), value: front.source },
  ];
  if (front.author) lines.push({ field: "author", value: front.author });
  if (structure.editors.length > 0) lines.push({ field: "editor (not written)", value: structure.editors.join("; ") });
  return { ok: true, front, day: date.day, found: lines, ...(siteNote ? { siteNote } : {}) };
}
