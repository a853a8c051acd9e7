/**
 * The article's fields from what was found: command-line options first, then the page's metadata
 * or what the text says. Every field's origin goes into the report; everything missing is refused
 * together, with the command that supplies it.
 */
import { findDate, type DateCandidate } from "../dates.ts";
import { chooseDate, describeDates, type DateChoice } from "../evidence.ts";
import { assembleFrontMatter, type FrontMatter } from "../front-matter.ts";
import { attend } from "../messages.ts";
import { bylineOf } from "../meta.ts";
import type { Found } from "../report.ts";
import type { Structure } from "../structure.ts";
import type { TitleSource } from "../title.ts";
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

/** The date printed in the text, as a candidate: with the time of day as printed, the line it stands on. */
function textCandidate(date: NonNullable<Structure["date"]>): DateCandidate {
  return { day: date.date, value: withTime(date.date, date.time), from: `line ${date.line}`, rank: 4 };
}

/** What the report says of a printed date: the time read in the site's zone, the calendar. */
function printedNotes(date: NonNullable<Structure["date"]>): string[] {
  return [
    date.time ? "time of day as printed, read in the site's time zone" : "",
    date.roc ? "printed in the Republic-of-China calendar" : "",
  ].filter(Boolean);
}

/** Says which date was used and what agreed; asks the editor when the page's sources disagree or only the address dates it. */
function reportDate(run: ImportRun, choice: DateChoice, printed: string[], line: number | undefined): Found {
  const { chosen } = choice;
  const notes = [
    ...(chosen.rank === 4 ? printed : [`from ${chosen.from}`]),
    choice.timeFrom ? `time of day from ${choice.timeFrom}` : "",
    choice.agreeing.length > 0 ? `agrees with ${choice.agreeing.map((candidate) => candidate.from).join(", ")}` : "",
  ].filter(Boolean);
  if (choice.disagreeing.length > 0)
    attend(run.file, {
      line: line ?? 0,
      column: 1,
      text: "",
      written: choice.value,
      reason: `the page's dates disagree: ${choice.value} used (${chosen.from}); ${describeDates(choice.disagreeing)}: check it, or give --date`,
      ruleId: "import-metadata-conflict",
    });
  if (chosen.rank === 5)
    attend(run.file, {
      line: 0,
      column: 1,
      text: "",
      written: choice.value,
      reason: "date read from the page's address only (no date in its metadata or text): check it, or give --date",
      ruleId: "import-date-guessed",
    });
  const at = chosen.rank === 4 ? line : undefined;
  return { field: "date", value: choice.value, ...(at ? { line: at } : {}), note: notes.join("; ") };
}

/** The publication date: --date, else the best of the page's metadata, the printed date and the page's address. */
function resolveDate(run: ImportRun, structure: Structure): DateFound | ImportFailure | undefined {
  if (run.options.date) return dateFromOption(run, run.options.date);
  const pageDates = run.page?.hints.dates ?? [];
  // a printed update time is no publication date when the page's metadata gives one
  const printed = structure.date?.updated && pageDates.some((one) => one.rank < 5) ? undefined : structure.date;
  const candidates = [...pageDates, ...(printed ? [textCandidate(printed)] : [])];
  const choice = chooseDate(candidates);
  if (!choice) return undefined;
  return {
    day: choice.chosen.day,
    found: reportDate(run, choice, printed ? printedNotes(printed) : [], printed?.line),
  };
}

type SourceFound = { value: string | undefined; fromText: string | undefined; fromTitle?: string };

/**
 * The source: --source, else the text's (a labelled line, a dateline; a guess from a site-name line
 * loses to the page's metadata), else the page's metadata, else the site's name in its <title>.
 */
function resolveSource(run: ImportRun, structure: Structure): SourceFound {
  const guessedSite = structure.notes.some((note) => note.startsWith("source taken from the site name"));
  const fromText = guessedSite && run.page?.hints.source ? undefined : structure.source;
  const value = run.options.source ?? fromText ?? run.page?.hints.source;
  const fromTitle = value === undefined ? run.page?.hints.siteName : undefined;
  return { value: value ?? fromTitle, fromText, ...(fromTitle ? { fromTitle } : {}) };
}

function sourceFound(run: ImportRun, structure: Structure, source: SourceFound): Found {
  const value = source.value ?? "";
  if (run.options.source) return { field: "source", value, note: "from --source" };
  if (source.fromTitle) return { field: "source", value, note: "guessed from the site's name in the page's <title>" };
  const declared = run.page?.hints.source;
  if (source.fromText === undefined && declared) return { field: "source", value, note: "from the page's metadata" };
  const differs = declared !== undefined && declared !== value ? `; the page's metadata names "${declared}"` : "";
  const line = structure.sourceLine ? { line: structure.sourceLine } : {};
  return { field: "source", value, ...line, ...(differs ? { note: `from the text${differs}` } : {}) };
}

/** Asks the editor to check a source guessed from the page (site name, reprint note); returns its note. */
function attendGuessedSource(run: ImportRun, structure: Structure, source: SourceFound): string | undefined {
  if (source.fromTitle && !run.options.source)
    attend(run.file, {
      line: 0,
      column: 1,
      text: "",
      written: source.fromTitle,
      reason: `source taken from the site's name "${source.fromTitle}" in the page's <title> (no source on the page): check it, or give --source`,
      ruleId: "import-source-guessed",
    });
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

/** Names a byline lists: split at 、，,; and at spaces between Chinese names (`陈乔 王立`), never inside a name written with spaces. */
export function authorNames(byline: string): string[] {
  return byline
    .split(/[、，,；;]/u)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .flatMap((part) => {
      const words = part.split(/\s+/u);
      return words.length > 1 && words.every((word) => /^\p{Script=Han}{2,4}$/u.test(word)) ? words : [part];
    });
}

/** The author: --author, else the byline in the text or anywhere on the page, else the page's metadata (a disagreement noted). */
function resolveAuthor(run: ImportRun, structure: Structure): string | undefined {
  const pageAuthor = run.page?.hints.author;
  const fromPage = pageAuthor === undefined ? undefined : (bylineOf(pageAuthor) ?? pageAuthor);
  const byline = structure.author ?? run.page?.hints.byline;
  if (!run.options.author && byline && fromPage && byline !== fromPage)
    run.notes.push(`author from the byline on the page; the page's metadata says "${fromPage}"`);
  return run.options.author ?? byline ?? fromPage;
}

const TITLE_FROM: Record<TitleSource, string> = {
  h1: "the page's <h1>",
  "json-ld": "the page's structured data (JSON-LD headline)",
  "og:title": "the page's og:title",
  title: "the page's <title>",
};

/** Asks the editor to check a title only one of the page's metadata gives (trimmed of the site's name or not). */
function attendTitle(run: ImportRun, structure: Structure): void {
  const hints = run.page?.hints;
  if (run.options.title || !hints?.title || hints.title !== structure.title) return;
  // the headline printed on the page, found again in its text, confirms it
  if (structure.dropped.some((line) => line.reason === "headline (repeated)")) return;
  const from = hints.titleFrom ?? "title";
  const trimmed = hints.titleTrimmedFrom;
  if (from === "h1" || !hints.titleUnconfirmed) return;
  const reasons = [
    `title from ${TITLE_FROM[from]} alone (no headline on the page, no other source gives it)`,
    trimmed ? `trimmed from "${trimmed}"` : "",
  ].filter(Boolean);
  attend(run.file, {
    line: structure.titleLine,
    column: 1,
    text: trimmed ?? "",
    written: structure.title,
    reason: `${reasons.join("; ")}: check it, or give --title`,
    ruleId: "import-title-guessed",
  });
}

function titleFound(run: ImportRun, structure: Structure, title: string): Found {
  if (run.options.title) return { field: "title", value: title, note: "from --title" };
  const from = run.page?.hints.title === structure.title ? run.page.hints.titleFrom : undefined;
  const line = structure.titleLine ? { line: structure.titleLine } : {};
  return { field: "title", value: title, ...line, ...(from ? { note: `from ${TITLE_FROM[from]}` } : {}) };
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
  attendTitle(run, structure);
  const byline = resolveAuthor(run, structure);
  const names = byline === undefined ? [] : authorNames(byline);
  const [author, authors] = names.length > 1 ? [undefined, names] : [byline, undefined];
  const front = assembleFrontMatter(
    {
      title: structure.title,
      date: date.found.value,
      source: source.value ?? "",
      author,
      authors,
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
  if (front.authors) lines.push({ field: "authors", value: front.authors.join("、") });
  const credits = [...new Set([...structure.editors, ...(run.page?.hints.credits ?? [])])];
  if (credits.length > 0) lines.push({ field: "credits (not written)", value: credits.join("; ") });
  return { ok: true, front, day: date.day, found: lines, ...(siteNote ? { siteNote } : {}) };
}
