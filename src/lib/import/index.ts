/**
 * The importer: raw text copied from a news page → a clean Markdown article
 * and a report of every repair. Pure: no file system.
 */
import { validateArticle } from "../article/validate.ts";
import { STANDARD_CONVERSION, type ConversionSettings } from "../script/types.ts";
import { findDate } from "./dates.ts";
import { bylineOf } from "./meta.ts";
import { extractPage } from "./html.ts";
import { decodeBytes, decodePage, positionOf, splitLines, unreadableReason } from "./decode.ts";
import { assembleFrontMatter, type FrontMatter } from "./front-matter.ts";
import { renderArticle } from "./markdown.ts";
import { toSimplified } from "./opencc.ts";
import { formatReport, type Found, type ScriptReport } from "./report.ts";
import { attend, attentionOf, rawPlace, sortByPlace } from "./messages.ts";
import { slugify } from "./slug.ts";
import { recognise, type Block, type Hints, type Paragraph } from "./structure.ts";
import { applyEdits, mapText, track, trim, type Edit, type TrackedText } from "./tracked.ts";
import type { CodePageName } from "./codepage.ts";
import { runLineRules, type LineState } from "./rules/index.ts";
import { checkScript } from "./rules/script-check.ts";
import { checkDroppedText } from "./rules/dropped-text.ts";
import { VFile } from "vfile";

export type { ScriptReport } from "./report.ts";
export { attentionOf, repairsOf, type ImportMessage } from "./messages.ts";
export type { FrontMatter } from "./front-matter.ts";

/** Text an article can have; anything longer is no article (and would cost the build dearly). */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** A saved page carries markup, scripts and styles besides its text. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

export type ImportOptions = {
  title?: string;
  /** YYYY-MM-DD (other printed forms are read too). */
  date?: string;
  source?: string;
  author?: string;
  slug?: string;
  /** List every edit in the report. */
  verbose?: boolean;
  /** The site's settings the written article is checked against (default: STANDARD_CONVERSION). */
  site?: { readonly conversion: ConversionSettings; readonly timeZone?: string };
};

/** What a saved web page adds to its text: metadata hints, the page address, images. */
export type PageInput = {
  paragraphs: Paragraph[];
  hints: Hints;
  originalUrl?: string;
  notes: string[];
};

/** A page image to copy: as written in the page, and its site path in the article. */
export type ImageCopy = { src: string; url: string };

export type ImportSuccess = {
  ok: true;
  /** `<date>-<slug>.md`. */
  fileName: string;
  markdown: string;
  front: FrontMatter;
  /** The encoding the input was read in (`html (big5)` for a saved page). */
  encoding: string;
  /**
   * Every message of the import (./messages.ts): warnings for what the editor must check
   * (`attentionOf`), info messages for the repairs made (`repairsOf`), in raw input order.
   */
  file: VFile;
  script: ScriptReport;
  /** Human-readable report: attention first, then counts, dropped lines. */
  report: string;
  /** Images of a saved page to copy under public/ (url is the site path, e.g. /media/<article>/a.jpg). */
  images: ImageCopy[];
};
/** A refusal: nothing written. `reason` is the whole message, `file:line:column: … [rule-id]`. */
export type ImportFailure = { ok: false; reason: string; ruleId: string; line: number; column: number };
export type ImportResult = ImportSuccess | ImportFailure;

/** Refuses the input: the message names the file, the place (1:1 when the whole file is meant) and the rule. */
function fail(
  sourceName: string,
  reason: string,
  ruleId: string,
  place: { line: number; column: number } = { line: 1, column: 1 },
): ImportFailure {
  const [first = "", ...rest] = reason.split("\n");
  const message = [`${sourceName}:${place.line}:${place.column}: ${first} [${ruleId}]`, ...rest].join("\n");
  return { ok: false, reason: message, ruleId, line: place.line, column: place.column };
}

/** A path as a shell word (quoted when it holds anything but plain characters). */
function shellWord(text: string): string {
  return /^[\w./@%+:,=-]+$/u.test(text) ? text : `'${text.replace(/'/gu, "'\\''")}'`;
}

export function importRaw(bytes: Uint8Array, sourceName: string, options: ImportOptions = {}): ImportResult {
  if (bytes.length > MAX_TEXT_BYTES)
    return fail(
      sourceName,
      `${(bytes.length / 1024 / 1024).toFixed(1)} MB is more than an article can be (at most ${MAX_TEXT_BYTES / 1024 / 1024} MB of text): nothing written. Import the article's own text, not a whole dump.`,
      "import-too-large",
    );
  const { text, encoding } = decodeBytes(bytes);
  const unreadable = unreadableReason(text);
  if (unreadable !== undefined)
    return fail(sourceName, `${unreadable.reason}: nothing written`, unreadable.ruleId, unreadable);
  const rawLines = splitLines(text);
  if (rawLines.every((line) => line.trim() === ""))
    return fail(sourceName, "empty input: nothing written", "import-empty");
  if (/^\s*<(?:!doctype\s+html|html[\s>]|head[\s>]|meta\s|body[\s>])/iu.test(text.slice(0, 2000)))
    return fail(
      sourceName,
      "this is an HTML page: save it with a .html (or .htm) name and import that file",
      "import-html-as-text",
    );
  return importLines(rawLines, encoding, new VFile({ path: sourceName }), options);
}

/** The text path shared by text files and saved pages: repairs, structure, script, validation. */
export function importLines(
  rawLines: readonly string[],
  encoding: string,
  file: VFile,
  options: ImportOptions,
  page?: PageInput,
): ImportResult {
  const sourceName = file.path;
  const columnOf = (line: number, offset: number): number =>
    [...(rawLines[line - 1] ?? "").slice(0, offset)].length + 1;
  const notes: string[] = [...(page?.notes ?? [])];
  const apply = (line: TrackedText, edits: readonly Edit[]): TrackedText => applyEdits(line, edits, columnOf, file);
  const pageImages = new Map<number, NonNullable<Paragraph["image"]>>();
  const headingLines = new Set<number>();
  for (const paragraph of page?.paragraphs ?? []) {
    if (paragraph.image) pageImages.set(paragraph.line, paragraph.image);
    if (paragraph.heading) headingLines.add(paragraph.line);
  }

  let lines = rawLines
    .map((raw, index) =>
      trim(mapText(track(index + 1, raw), (text) => text.replace(/[\u00a0\u2002\u2003\u3000]/g, " "))),
    )
    .filter((line) => line.text !== "" || pageImages.has(line.line));
  const state: LineState = {
    lines,
    codePages: new Set<CodePageName>(),
    apply,
    attend: (line, offset, item) =>
      attend(file, { line: line.line, column: columnOf(line.line, line.origins[offset] ?? 0), ...item }),
  };
  runLineRules(state);
  lines = state.lines;

  const hints: Hints = { ...page?.hints };
  if (options.title) hints.title = options.title;
  if (options.source) hints.source = options.source;
  if (options.author) hints.author = options.author;
  const paragraphs: Paragraph[] = lines.map(({ text, line }) => {
    const image = pageImages.get(line);
    if (image) return { text, line, image };
    return headingLines.has(line) ? { text, line, heading: true } : { text, line };
  });
  const recognised = recognise(paragraphs, hints);
  // without a headline, still look for the date and source, so one refusal names all that is missing
  const structure = "error" in recognised ? recognise(paragraphs, { ...hints, title: "？" }) : recognised;
  const noTitle = "error" in recognised;
  if ("error" in structure) return fail(sourceName, `${structure.error}: nothing written`, "import-no-title");

  const script = checkScript(file, {
    title: structure.title,
    titleLine: structure.titleLine,
    body: structure.blocks.map((block) => block.text).join("\n"),
    lines,
    columnOf,
  });
  const finish = script.kind === "naive-traditional" ? toSimplified : (s: string): string => s;

  // front matter: options override what the page says
  const found: Found[] = [];
  const missing: { what: string; flag: string }[] = [];
  /** The calendar day (the file name's), and front matter's `date:` with the time of day if known. */
  let date: string | undefined;
  let frontDate: string | undefined;
  if (options.date) {
    const parsed = /^\d{4}-\d{2}-\d{2}$/u.test(options.date) ? { date: options.date } : findDate(options.date);
    if (!parsed)
      return fail(
        sourceName,
        `--date "${options.date}" is no date: write it YYYY-MM-DD, e.g. 2024-05-12, or with the time, 2024-05-12 08:31`,
        "import-bad-option",
      );
    date = parsed.date;
    frontDate = withTime(date, "time" in parsed ? parsed.time : undefined);
    found.push({ field: "date", value: frontDate, note: "from --date" });
  } else if (page?.hints.date) {
    date = page.hints.date;
    // With its offset, as the metadata gives it.
    frontDate = page.hints.moment ?? date;
    found.push({ field: "date", value: frontDate, note: "from the page's metadata" });
  } else if (structure.date) {
    date = structure.date.date;
    frontDate = withTime(date, structure.date.time);
    const extras = [
      structure.date.time ? "time of day as printed, read in the site's time zone" : "",
      structure.date.roc ? "printed in the Republic-of-China calendar" : "",
    ].filter(Boolean);
    found.push({ field: "date", value: frontDate, line: structure.date.line, note: extras.join("; ") });
  } else missing.push({ what: "date", flag: "--date YYYY-MM-DD" });
  // a guess from a line that looks like a site name loses to the page's own metadata
  const guessedSite = structure.notes.some((note) => note.startsWith("source taken from the site name"));
  const structureSource = guessedSite && page?.hints.source ? undefined : structure.source;
  const source = options.source ?? structureSource ?? page?.hints.source;
  if (!source) missing.push({ what: "source", flag: '--source "publisher"' });
  if (noTitle) missing.unshift({ what: "title", flag: '--title "headline"' });
  if (missing.length > 0) return refuseMissing(sourceName, missing);
  if (!options.source && structureSource === undefined && page?.hints.source)
    found.push({ field: "source", value: source ?? "", note: "from the page's metadata" });
  else
    found.push({
      field: "source",
      value: source ?? "",
      ...(options.source ? { note: "from --source" } : structure.sourceLine ? { line: structure.sourceLine } : {}),
    });
  const siteNote =
    structureSource === undefined ? undefined : structure.notes.find((note) => note.startsWith("source taken from"));
  if (siteNote && !options.source)
    attend(file, {
      line: structure.titleLine,
      column: 1,
      text: "",
      written: source ?? "",
      reason: `${siteNote}: check it, or give --source`,
      ruleId: "import-source-guessed",
    });

  const pageAuthor = page?.hints.author === undefined ? undefined : (bylineOf(page.hints.author) ?? page.hints.author);
  const author = options.author ?? structure.author ?? pageAuthor;
  if (!options.author && structure.author && pageAuthor && structure.author !== pageAuthor)
    notes.push(`author from the byline on the page; the page's metadata says "${pageAuthor}"`);
  const front = assembleFrontMatter(
    {
      title: structure.title,
      date: frontDate,
      source: source ?? "",
      author,
      breadcrumb: structure.breadcrumb,
      reprintedFrom: structure.reprintedFrom,
      originalUrl: page?.originalUrl,
      slug: options.slug,
      script: script.script,
    },
    finish,
  );
  found.unshift({
    field: "title",
    value: front.title,
    ...(options.title ? { note: "from --title" } : structure.titleLine ? { line: structure.titleLine } : {}),
  });
  if (front.author) found.push({ field: "author", value: front.author });
  for (const item of found) if (item.field === "source") item.value = front.source;
  if (structure.editors.length > 0) found.push({ field: "editor (not written)", value: structure.editors.join("; ") });

  const blocks: Block[] = structure.blocks.map((block) => ({ ...block, text: finish(block.text) }));
  if (!blocks.some((block) => block.kind === "paragraph" || block.kind === "image"))
    return fail(sourceName, "no article text found after the headline: nothing written", "import-no-body", {
      line: structure.titleLine || 1,
      column: 1,
    });

  checkDroppedText(file, structure.dropped);

  const slug = options.slug ?? slugify(front.title);
  const fileName = `${date}-${slug}.md`;
  const images: ImageCopy[] = [];
  const base = fileName.replace(/\.md$/u, "");
  for (const block of blocks) {
    if (block.kind !== "image" || block.src === undefined) continue;
    const name = mediaName(block.src, images.length + 1);
    const url = `/media/${base}/${name}`;
    images.push({ src: block.src, url });
    block.src = url;
  }
  const rendered = renderArticle(front, blocks);
  // page images are checked here (they exist beside the page) and copied by the caller before the article is
  // written; the build's check that they exist under public/ can only pass after that copy
  const checked =
    images.length > 0
      ? renderArticle(
          front,
          blocks.filter((block) => block.kind !== "image"),
        ).markdown
      : rendered.markdown;
  const diagnostics = validateArticle(
    checked,
    `content/${fileName}`,
    fileName.replace(/\.md$/u, ""),
    options.site ?? { conversion: STANDARD_CONVERSION },
  );
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (errors.length > 0)
    return fail(
      sourceName,
      `the article would not build, nothing written:\n${errors.map((error) => `  article ${error.line}:${error.column} ${error.message}${error.ruleId ? ` [${error.ruleId}]` : ""}`).join("\n")}`,
      "import-would-not-build",
    );
  for (const warning of diagnostics.filter((diagnostic) => diagnostic.severity !== "error"))
    attend(file, {
      line: 0,
      column: 0,
      text: "",
      reason: `build warning: ${warning.message}${warning.ruleId ? ` (${warning.ruleId})` : ""}`,
      ruleId: "import-build-warning",
      articleLine: warning.line,
    });

  placeInArticle(file, {
    lines,
    blocks: structure.blocks,
    blockLines: rendered.blockLines,
    columnOf,
    finish,
  });

  const report = formatReport({
    encoding,
    file,
    script,
    found,
    dropped: structure.dropped,
    captions: structure.captions,
    notes: [...notes, ...structure.notes.filter((note) => note !== siteNote)],
    verbose: options.verbose ?? false,
  });
  return {
    ok: true,
    fileName,
    markdown: rendered.markdown,
    front,
    encoding,
    file,
    script,
    report,
    images,
  };
}

/**
 * Places every attention item in the written article (its line there, and the text around it as
 * written), then sorts the items in raw input order.
 */
function placeInArticle(
  file: VFile,
  article: {
    readonly lines: readonly TrackedText[];
    readonly blocks: readonly Block[];
    readonly blockLines: readonly number[];
    readonly columnOf: (line: number, offset: number) => number;
    readonly finish: (text: string) => string;
  },
): void {
  const finalText = new Map(article.lines.map((line) => [line.line, line]));
  const lineOfBlock = new Map<number, number>();
  article.blocks.forEach((block, index) => {
    const at = article.blockLines[index];
    if (at !== undefined && !lineOfBlock.has(block.line)) lineOfBlock.set(block.line, at);
  });
  for (const item of attentionOf(file)) {
    const { line: rawLine, column } = rawPlace(item);
    const articleLine = lineOfBlock.get(rawLine);
    if (articleLine !== undefined) item.data.articleLine ??= articleLine;
    const line = finalText.get(rawLine);
    if (line && column > 0) {
      const offset = line.origins.findIndex((origin) => article.columnOf(rawLine, origin) >= column);
      const at = offset < 0 ? line.text.length : offset;
      item.data.context ??= article.finish(line.text.slice(Math.max(0, at - 12), at + 14));
    }
  }
  sortByPlace(file);
}

/** A safe file name for a page image: its own name when plain, else `image-<n>.<ext>`. */
function mediaName(src: string, n: number): string {
  const last = decodeURIComponentSafe(src.split(/[?#]/u)[0]?.split("/").at(-1) ?? "");
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,80}\.(?:jpe?g|png|gif|webp|avif|svg)$/iu.test(last)) return `${n}-${last}`;
  const ext = /\.(jpe?g|png|gif|webp|avif|svg)$/iu.exec(last)?.[1]?.toLowerCase() ?? "jpg";
  return `image-${n}.${ext}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A saved web page (HTML). `imageExists` answers whether an image the page
 * names is on disk beside it (images of other hosts are never fetched).
 */
export function importHtml(
  bytes: Uint8Array,
  sourceName: string,
  options: ImportOptions = {},
  imageExists: (src: string) => boolean = () => false,
): ImportResult {
  if (bytes.length > MAX_PAGE_BYTES)
    return fail(
      sourceName,
      `${(bytes.length / 1024 / 1024).toFixed(1)} MB is more than a saved news page can be (at most ${MAX_PAGE_BYTES / 1024 / 1024} MB): nothing written`,
      "import-too-large",
    );
  const decoded = decodePage(bytes);
  const nul = decoded.text.indexOf("\0");
  if (nul >= 0)
    return fail(
      sourceName,
      "a NUL byte: this is no saved web page (binary data?): nothing written",
      "import-binary",
      positionOf(decoded.text, nul),
    );
  const file = new VFile({ path: sourceName });
  const extracted = extractPage(decoded.text, file);
  if ("error" in extracted) return fail(sourceName, extracted.error, "import-no-article");
  if (decoded.conflict)
    attend(file, {
      line: 1,
      column: 1,
      text: "",
      reason: decoded.conflict,
      ruleId: "import-charset-conflict",
    });
  const text = extracted.lines.join("\n");
  if (new TextEncoder().encode(text).length > MAX_TEXT_BYTES)
    return fail(
      sourceName,
      `the page's text is more than an article can be (at most ${MAX_TEXT_BYTES / 1024 / 1024} MB): nothing written`,
      "import-too-large",
    );
  const folder = savedFilesFolder(sourceName);
  const paragraphs = extracted.paragraphs.filter((paragraph) => {
    if (!paragraph.image) return true;
    const candidates = paragraph.image.candidates ?? [paragraph.image.src];
    const local = savedPhoto(candidates, folder, imageExists);
    if (local !== undefined) {
      paragraph.image = { ...paragraph.image, src: local };
      return true;
    }
    const first = candidates[0] ?? paragraph.image.src;
    extracted.notes.push(
      /^(?:[a-z]+:)?\/\//iu.test(first)
        ? `image left out (on another host or inline: the importer fetches nothing): ${first.slice(0, 100)}${paragraph.image.caption ? ` "${paragraph.image.caption}"` : ""}`
        : `image not found beside the page, left out: ${first}`,
    );
    return false;
  });
  const missing = new Set(
    extracted.paragraphs.filter((paragraph) => !paragraphs.includes(paragraph)).map((paragraph) => paragraph.line),
  );
  const lines = extracted.lines.map((line, index) => (missing.has(index + 1) ? "" : line));
  const page: PageInput = {
    paragraphs,
    hints: extracted.hints,
    notes: extracted.notes,
  };
  if (extracted.originalUrl) page.originalUrl = extracted.originalUrl;
  return importLines(lines, `html (${decoded.encoding})`, file, options, page);
}

/** The folder a browser saves a page's files in: `page.html` → `page_files`. */
function savedFilesFolder(sourceName: string): string {
  const name = sourceName.split(/[\\/]/u).at(-1) ?? sourceName;
  return `${name.replace(/\.[^.]+$/u, "")}_files`;
}

/**
 * The page's photo on disk: an address as written when it exists beside the page, else a file of
 * the same name in the page's saved files (a lazy-loaded photo keeps its remote address in data-src
 * while the browser saved the file it showed).
 */
function savedPhoto(
  candidates: readonly string[],
  folder: string,
  imageExists: (src: string) => boolean,
): string | undefined {
  const local = candidates.find(
    (candidate) => !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/iu.test(candidate) && imageExists(candidate),
  );
  if (local !== undefined) return local;
  for (const candidate of candidates) {
    const name = decodeURIComponentSafe(candidate.split(/[?#]/u)[0]?.split("/").at(-1) ?? "");
    if (name === "" || name.includes("..")) continue;
    const saved = `${folder}/${encodeURIComponent(name)}`;
    if (imageExists(saved)) return saved;
  }
  return undefined;
}

/** One refusal naming everything missing, with the command that supplies it all. */
function refuseMissing(sourceName: string, missing: readonly { what: string; flag: string }[]): ImportFailure {
  const names = missing.map((item) => `no ${item.what}`);
  const what = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}` : (names[0] ?? "");
  const flags = missing.map((item) => item.flag).join(" ");
  return fail(
    sourceName,
    `${what} found: nothing written. Supply ${missing.length > 1 ? "them" : "it"} on the command line: npm run import -- ${shellWord(sourceName)} ${flags}`,
    "import-missing-metadata",
  );
}

/** `2024-05-12`, or `2024-05-12 08:31` (hours and minutes of a printed time, read in the site's time zone). */
function withTime(date: string, time: string | undefined): string {
  return time === undefined ? date : `${date} ${time.slice(0, 5)}`;
}
