/**
 * The importer: raw text copied from a news page → a clean Markdown article
 * and a report of every repair. Pure: no file system. Each step is a module of
 * ./steps/, each repair or recognition over the lines a rule of ./rules/; every
 * message goes on one vfile (./messages.ts).
 */
import { VFile } from "vfile";
import { decodeBytes, decodePage, positionOf, splitLines, unreadableReason, type DecodedPage } from "./decode.ts";
import type { FrontMatter } from "./front-matter.ts";
import { extractPage } from "./html.ts";
import { renderArticle } from "./markdown.ts";
import { attend } from "./messages.ts";
import { toSimplified } from "./opencc.ts";
import { formatReport, type ScriptReport } from "./report.ts";
import { checkDroppedText } from "./rules/dropped-text.ts";
import { checkScript } from "./rules/script-check.ts";
import { checkBuild } from "./steps/check-build.ts";
import { nameArticle, type ImageCopy } from "./steps/name-article.ts";
import { keepSavedPhotos } from "./steps/page-photos.ts";
import { placeInArticle } from "./steps/place-in-article.ts";
import { recogniseArticle } from "./steps/recognise-article.ts";
import { fail, type ImportFailure } from "./steps/refuse.ts";
import { repairLines } from "./steps/repair-lines.ts";
import { resolveFields } from "./steps/resolve-fields.ts";
import { columnIn, startRun, type ImportOptions, type ImportRun, type PageInput } from "./steps/run.ts";
import type { Block, Structure } from "./structure.ts";
import type { TrackedText } from "./tracked.ts";

export type { ScriptReport } from "./report.ts";
export { attentionOf, repairsOf, type ImportMessage } from "./messages.ts";
export type { FrontMatter } from "./front-matter.ts";
export type { ImportFailure } from "./steps/refuse.ts";
export type { ImageCopy } from "./steps/name-article.ts";
export type { ImportOptions, PageInput } from "./steps/run.ts";

/** Text an article can have; anything longer is no article (and would cost the build dearly). */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** A saved page carries markup, scripts and styles besides its text. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

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
export type ImportResult = ImportSuccess | ImportFailure;

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

/** Text into the stored script: naive Traditional is stored as Simplified, anything else as written. */
function finisherFor(script: ScriptReport): (text: string) => string {
  return script.kind === "naive-traditional" ? toSimplified : (text: string): string => text;
}

/** The body's blocks in the stored script; a refusal when nothing of the article is left. */
function finishedBlocks(
  run: ImportRun,
  structure: Structure,
  finish: (text: string) => string,
): Block[] | ImportFailure {
  const blocks = structure.blocks.map((block) => ({ ...block, text: finish(block.text) }));
  if (blocks.some((block) => block.kind === "paragraph" || block.kind === "image")) return blocks;
  return fail(run.file.path, "no article text found after the headline: nothing written", "import-no-body", {
    line: structure.titleLine || 1,
    column: 1,
  });
}

/** The script of the recognised text, with its evidence (../rules/script-check.ts). */
function scriptOf(run: ImportRun, structure: Structure, lines: readonly TrackedText[]): ScriptReport {
  return checkScript(run.file, {
    title: structure.title,
    titleLine: structure.titleLine,
    body: structure.blocks.map((block) => block.text).join("\n"),
    lines,
    columnOf: (line, offset) => columnIn(run, line, offset),
  });
}

/** The text path shared by text files and saved pages: repairs, structure, script, fields, validation, report. */
export function importLines(
  rawLines: readonly string[],
  encoding: string,
  file: VFile,
  options: ImportOptions,
  page?: PageInput,
): ImportResult {
  const run = startRun(rawLines, file, options, page);
  const lines = repairLines(run);
  const recognised = recogniseArticle(run, lines);
  if ("ok" in recognised) return recognised;
  const { structure } = recognised;
  const script = scriptOf(run, structure, lines);
  const finish = finisherFor(script);
  const fields = resolveFields(run, structure, { hasTitle: recognised.hasTitle, script: script.script, finish });
  if (!fields.ok) return fields;
  const blocks = finishedBlocks(run, structure, finish);
  if ("ok" in blocks) return blocks;
  checkDroppedText(file, structure.dropped);
  const { fileName, images } = nameArticle(fields.day, options.slug, fields.front.title, blocks);
  const rendered = renderArticle(fields.front, blocks);
  const refused = checkBuild(run, { fileName, front: fields.front, blocks });
  if (refused) return refused;
  placeInArticle(run, { lines, blocks: structure.blocks, blockLines: rendered.blockLines, finish });
  const report = formatReport({
    encoding,
    file,
    script,
    found: fields.found,
    dropped: structure.dropped,
    captions: structure.captions,
    notes: [...run.notes, ...structure.notes.filter((note) => note !== fields.siteNote)],
    verbose: options.verbose ?? false,
  });
  return {
    ok: true,
    fileName,
    markdown: rendered.markdown,
    front: fields.front,
    encoding,
    file,
    script,
    report,
    images,
  };
}

/** A saved page's bytes read as text, or why they are no page: too large, or binary. */
function readPage(bytes: Uint8Array, sourceName: string): DecodedPage | ImportFailure {
  if (bytes.length > MAX_PAGE_BYTES)
    return fail(
      sourceName,
      `${(bytes.length / 1024 / 1024).toFixed(1)} MB is more than a saved news page can be (at most ${MAX_PAGE_BYTES / 1024 / 1024} MB): nothing written`,
      "import-too-large",
    );
  const decoded = decodePage(bytes);
  const nul = decoded.text.indexOf("\0");
  if (nul < 0) return decoded;
  return fail(
    sourceName,
    "a NUL byte: this is no saved web page (binary data?): nothing written",
    "import-binary",
    positionOf(decoded.text, nul),
  );
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
  const decoded = readPage(bytes, sourceName);
  if ("ok" in decoded) return decoded;
  const file = new VFile({ path: sourceName });
  const extracted = extractPage(decoded.text, file);
  if ("error" in extracted) return fail(sourceName, extracted.error, "import-no-article");
  if (decoded.conflict)
    attend(file, { line: 1, column: 1, text: "", reason: decoded.conflict, ruleId: "import-charset-conflict" });
  if (new TextEncoder().encode(extracted.lines.join("\n")).length > MAX_TEXT_BYTES)
    return fail(
      sourceName,
      `the page's text is more than an article can be (at most ${MAX_TEXT_BYTES / 1024 / 1024} MB): nothing written`,
      "import-too-large",
    );
  const paragraphs = keepSavedPhotos(extracted.paragraphs, sourceName, imageExists, extracted.notes);
  const leftOut = new Set(
    extracted.paragraphs.filter((paragraph) => !paragraphs.includes(paragraph)).map((paragraph) => paragraph.line),
  );
  const lines = extracted.lines.map((line, index) => (leftOut.has(index + 1) ? "" : line));
  const page: PageInput = { paragraphs, hints: extracted.hints, notes: extracted.notes };
  if (extracted.originalUrl) page.originalUrl = extracted.originalUrl;
  return importLines(lines, `html (${decoded.encoding})`, file, options, page);
}
