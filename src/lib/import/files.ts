/**
 * The importer's file system boundary: which input files a folder holds and which photos a saved
 * page may bring along. Nothing here follows a link out of the folder it was given, opens a
 * device or a FIFO (which would hang), or lets a file that can carry script (SVG, HTML) through.
 */
import {
  lstatSync,
  readdirSync,
  readSync,
  openSync,
  closeSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats,
} from "node:fs";
import type { RuleId } from "../article/rules/registry.ts";
import { basename, dirname, join, relative, resolve, sep, isAbsolute } from "node:path";

/** A file left out, and why (shown to the editor with its rule id). */
export type Skipped = { path: string; reason: string; ruleId: RuleId };

/** Text and page files the importer reads. */
export const INPUT_NAME = /\.(?:txt|text|html?|md)$/iu;
/** A folder walk stops here: a folder of a newsroom's copies is never this large. */
export const MAX_WALK_ENTRIES = 20_000;
/** A photo larger than this is no news photo. */
export const MAX_PHOTO_BYTES = 40 * 1024 * 1024;

/** Whether `path` lies inside `folder` (both real paths). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** What kind of file system entry a stat names, for messages. */
export function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (stats.isDirectory()) return "a folder";
  if (stats.isSymbolicLink()) return "a link";
  return "no regular file";
}

/** A folder walk in progress: where it started (real path), what it found and skipped, entries seen. */
type Walk = { readonly realRoot: string; readonly files: string[]; readonly skipped: Skipped[]; seen: number };

/** A link: an input file inside the walk is taken; a link out of it, or to a folder, is skipped. */
function visitLink(walk: Walk, path: string, name: string): void {
  const target = realOrUndefined(path);
  if (target === undefined || !isInside(walk.realRoot, target)) {
    if (INPUT_NAME.test(name) || target === undefined || statOrUndefined(target)?.isDirectory())
      walk.skipped.push({
        path,
        reason: "a link that leads out of the folder being imported: not followed",
        ruleId: "import-link-outside",
      });
    return;
  }
  const stats = statOrUndefined(target);
  if (stats?.isDirectory())
    walk.skipped.push({ path, reason: "a link to a folder: not followed", ruleId: "import-link-folder" });
  else if (stats?.isFile() && INPUT_NAME.test(name)) walk.files.push(path);
}

function visitEntry(walk: Walk, folder: string, entry: Dirent): void {
  const path = join(folder, entry.name);
  if (entry.isDirectory()) {
    if (!entry.name.endsWith("_files")) visitFolder(walk, path);
  } else if (entry.isSymbolicLink()) visitLink(walk, path, entry.name);
  else if (entry.isFile()) {
    if (INPUT_NAME.test(entry.name)) walk.files.push(path);
  } else if (INPUT_NAME.test(entry.name) || entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice())
    walk.skipped.push({
      path,
      reason: `${kindOf(lstatSync(path))}, not a file: skipped`,
      ruleId: "import-special-file",
    });
}

/** A folder's entries in name order, until the walk has seen its limit. */
function visitFolder(walk: Walk, folder: string): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    walk.skipped.push({ path: folder, reason: `folder not readable (${codeOf(error)})`, ruleId: "import-unreadable" });
    return;
  }
  for (const entry of entries.sort((left, right) => (left.name < right.name ? -1 : 1))) {
    walk.seen += 1;
    if (walk.seen > MAX_WALK_ENTRIES) {
      walk.skipped.push({
        path: folder,
        reason: `more than ${MAX_WALK_ENTRIES} entries: the rest of the folder is not read; import a smaller folder`,
        ruleId: "import-walk-limit",
      });
      return;
    }
    visitEntry(walk, folder, entry);
  }
}

/**
 * The input files under `root` (sorted), without following any link that leads out of it and
 * without entering links to folders (which may loop); the pages' `_files` folders are not inputs.
 */
export function walkInputs(root: string): { files: string[]; skipped: Skipped[] } {
  const walk: Walk = { realRoot: realOrUndefined(root) ?? resolve(root), files: [], skipped: [], seen: 0 };
  visitFolder(walk, root);
  return { files: walk.files, skipped: walk.skipped };
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
}

/** Why a named input cannot be read as a file, or undefined when it is a regular file. */
export function notAFile(path: string): { reason: string; ruleId: RuleId } | undefined {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return { reason: `cannot read (${codeOf(error)})`, ruleId: "import-unreadable" };
  }
  if (stats.isFile()) return undefined;
  return { reason: `${kindOf(stats)}, not a file: nothing read`, ruleId: "import-special-file" };
}

/** Raster formats a photo may have, by their first bytes. */
const SIGNATURES: readonly { format: string; test: (head: Uint8Array) => boolean }[] = [
  { format: "jpeg", test: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff },
  { format: "png", test: (head) => ascii(head, 1, 4) === "PNG" && head[0] === 0x89 },
  { format: "gif", test: (head) => ascii(head, 0, 4) === "GIF8" },
  { format: "webp", test: (head) => ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 12) === "WEBP" },
  { format: "avif", test: (head) => ascii(head, 4, 8) === "ftyp" && /^avi[fs]$/u.test(ascii(head, 8, 12)) },
];

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** The raster format of a file's first bytes, or undefined (SVG, HTML, anything else). */
export function rasterFormat(head: Uint8Array): string | undefined {
  return SIGNATURES.find((signature) => signature.test(head))?.format;
}

function readHead(path: string): Uint8Array {
  const head = new Uint8Array(16);
  const fd = openSync(path, "r");
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head;
}

/** A photo of a saved page on disk, or why it cannot be used. */
export type LocalPhoto = { path: string } | { refused: string; ruleId: RuleId } | undefined;

/**
 * The photo a saved page names with `src`, when it lies inside the page's folder (its real path:
 * links out are refused), is a regular file and a raster photo (never SVG or HTML, which can
 * carry script). Undefined when the page does not hold it.
 */
export function localPhoto(page: string, src: string): LocalPhoto {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(src) || src.startsWith("/") || src.startsWith("\\") || src.includes("\0"))
    return undefined;
  let path: string;
  try {
    path = decodeURI(src.split(/[?#]/u)[0] ?? "");
  } catch {
    return undefined;
  }
  const folder = realOrUndefined(dirname(resolve(page)));
  if (folder === undefined) return undefined;
  const full = resolve(folder, path);
  if (!isInside(folder, full))
    return { refused: `${src} lies outside the page's folder`, ruleId: "import-link-outside" };
  let real: string;
  try {
    lstatSync(full);
    real = realpathSync(full);
  } catch {
    return undefined;
  }
  if (!isInside(folder, real))
    return {
      refused: `${src} is a link that leads out of the page's folder: not copied`,
      ruleId: "import-link-outside",
    };
  const stats = statSync(real);
  if (!stats.isFile()) return { refused: `${src} is ${kindOf(stats)}: not copied`, ruleId: "import-special-file" };
  if (stats.size > MAX_PHOTO_BYTES)
    return {
      refused: `${src} is larger than a photo can be (${MAX_PHOTO_BYTES / 1024 / 1024} MB)`,
      ruleId: "import-photo-size",
    };
  if (rasterFormat(readHead(real)) === undefined)
    return {
      refused: `${basename(src)} is no JPEG, PNG, GIF, WebP or AVIF photo (SVG and HTML can carry script): not copied`,
      ruleId: "import-active-content",
    };
  return { path: real };
}
