/**
 * npm run import -- <file|folder…> [--out content/] [--media public/] [--dry-run] [--force] [--verbose]
 *                   [--title …] [--date YYYY-MM-DD] [--source …] [--author …] [--slug …]
 * Text files (.txt or any other name) and saved web pages (.html/.htm, with their _files folder).
 * Exit status: 0 clean, 1 written with guesses to check, 2 nothing written (for that file).
 * With several files: a summary table and the worst status.
 */
import {
  constants,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import type { Stats } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { siteConfigOrExit } from "../config/load.ts";
import { kindOf, localPhoto, notAFile, walkInputs, type Skipped } from "../lib/import/files.ts";
import {
  attentionOf,
  importHtml,
  importRaw,
  MAX_PAGE_BYTES,
  MAX_TEXT_BYTES,
  type ImportOptions,
  type ImportResult,
} from "../lib/import/index.ts";

const USAGE =
  "usage: npm run import -- <file|folder…> [--out content/] [--media public/] [--dry-run] [--force] [--verbose] " +
  "[--title …] [--date YYYY-MM-DD] [--source …] [--author …] [--slug …]";

/** What --help prints: the usage line and what each option does. */
const HELP = `${USAGE}

Imports copied text (.txt or any other name) and saved web pages (.html/.htm, with their _files
folder) as Markdown articles; a folder imports every such file in it.
  --out DIR       where articles are written (default content/)
  --media DIR     where a saved page's photos are copied (default public/)
  --dry-run       print each article and its report; write nothing
  --force         replace an article that already exists
  --verbose       list every repair the importer made, not only the guesses to check
  --title, --date, --source, --author, --slug
                  fill or override these fields (--title and --slug with one input only)
Exit status: 0 clean, 1 written with guesses to check, 2 nothing written for some input.
`;

type Outcome = { file: string; article: string; status: 0 | 1 | 2; attention: number; note: string };

function say(text: string): void {
  process.stdout.write(text);
}

/** Writes through a temporary file and a rename; refuses to replace unless forced. */
function writeArticle(path: string, text: string, force: boolean): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text, { flag: "wx" });
  try {
    if (!force && existsSync(path)) throw new Error(`${path} exists (use --force to overwrite)`);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

const isHtml = (file: string): boolean => /\.html?$/iu.test(file);

function importOne(
  file: string,
  out: string,
  media: string,
  dryRun: boolean,
  force: boolean,
  options: ImportOptions,
): Outcome {
  const refuse = (reason: string): Outcome => {
    process.stderr.write(`${reason}\n`);
    return { file, article: "", status: 2, attention: 0, note: reason.split("\n")[0] ?? reason };
  };
  const unusable = notAFile(file);
  if (unusable) return refuse(`${file}: ${unusable.reason} [${unusable.ruleId}]`);
  const size = statSync(file).size;
  const limit = isHtml(file) ? MAX_PAGE_BYTES : MAX_TEXT_BYTES;
  if (size > limit)
    return refuse(
      `${file}:1:1: ${(size / 1024 / 1024).toFixed(1)} MB is more than ${isHtml(file) ? "a saved news page" : "an article"} can be (at most ${limit / 1024 / 1024} MB): nothing written [import-too-large]`,
    );
  const bytes = readFileSync(file);
  const photoProblems: string[] = [];
  const hasPhoto = (src: string): boolean => {
    const photo = localPhoto(file, src);
    if (photo && "refused" in photo) {
      const message = `${photo.refused} [${photo.ruleId}]`;
      if (!photoProblems.includes(message)) photoProblems.push(message);
    }
    return photo !== undefined && "path" in photo;
  };
  const result: ImportResult = isHtml(file)
    ? importHtml(bytes, file, options, hasPhoto)
    : importRaw(bytes, file, options);
  if (!result.ok) return refuse(result.reason);
  const target = join(out, result.fileName);
  if (dryRun) {
    say(`${result.markdown}\n`);
  } else {
    if (!force && existsSync(target)) return refuse(`${target} exists (use --force to overwrite)`);
    try {
      for (const image of result.images)
        copyPhoto(file, image.src, join(media, ...image.url.split("/").filter(Boolean)), force);
      mkdirSync(out, { recursive: true });
      writeArticle(target, result.markdown, force);
    } catch (error) {
      return refuse(`${target}: cannot write (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const copied = result.images.length > 0 && !dryRun ? ` (+${result.images.length} image(s) in ${media})` : "";
  say(`== ${file} → ${target}${dryRun ? " (dry run, not written)" : ""}${copied}\n${result.report}`);
  for (const problem of photoProblems) say(`photo left out: ${problem}\n`);
  const attention = attentionOf(result.file).length + photoProblems.length;
  const status = attention > 0 ? 1 : 0;
  return { file, article: target, status, attention, note: dryRun ? "dry run" : "written" };
}

/** Copies a page's photo (checked again on its real path) without following a link at the target. */
function copyPhoto(page: string, src: string, to: string, force: boolean): void {
  const photo = localPhoto(page, src);
  if (photo === undefined || !("path" in photo))
    throw new Error(`photo ${src} cannot be copied${photo ? ` (${photo.refused} [${photo.ruleId}])` : ""}`);
  const existing = lstatOrUndefined(to);
  if (existing && !existing.isFile())
    throw new Error(`${to} is ${kindOf(existing)}: not replaced [import-special-file]`);
  if (existing && !force && !readFileSync(to).equals(readFileSync(photo.path)))
    throw new Error(`${to} exists with other content (use --force to overwrite)`);
  mkdirSync(dirname(to), { recursive: true });
  if (existing) rmSync(to);
  copyFileSync(photo.path, to, constants.COPYFILE_EXCL);
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Files named on the command line; a folder stands for the text and page files in it (never left). */
function expand(paths: readonly string[]): { files: string[]; skipped: Skipped[] } {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  for (const path of paths) {
    if (!lstatOrUndefined(path)?.isDirectory()) {
      files.push(path);
      continue;
    }
    const found = walkInputs(path);
    files.push(...found.files);
    skipped.push(...found.skipped);
  }
  return { files, skipped };
}

/** Why an output folder option cannot be used (it names a file, a device…), or undefined. */
function badFolder(option: string, path: string): string | undefined {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return undefined;
  }
  if (stats.isDirectory()) return undefined;
  return `--${option} ${path}: this is ${kindOf(stats) === "no regular file" ? "a file" : kindOf(stats)}, not a folder: name a folder (it is made if missing) [import-out-not-folder]`;
}

function summary(outcomes: readonly Outcome[]): string {
  const statusName = ["ok", "check", "refused"] as const;
  const rows = outcomes.map((o) => [
    o.file,
    o.article || "—",
    `${o.status} ${statusName[o.status]}`,
    String(o.attention),
    o.note,
  ]);
  const header = ["file", "article", "status", "attention", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: readonly string[]): string =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  const counts = [0, 1, 2].map((s) => outcomes.filter((o) => o.status === s).length);
  return `\n== summary: ${outcomes.length} file(s): ${counts[0]} clean, ${counts[1]} to check, ${counts[2]} not written\n${[header, ...rows].map(line).join("\n")}\n`;
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", default: "content/" },
        media: { type: "string", default: "public/" },
        "dry-run": { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        title: { type: "string" },
        date: { type: "string" },
        source: { type: "string" },
        author: { type: "string" },
        slug: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}; ${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    say(HELP);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`no input file; ${USAGE}\n`);
    return 2;
  }
  // `npm run` starts in the project folder: read input paths from where the command was typed
  const viaNpm = process.env["npm_lifecycle_event"] === "import";
  const from = (viaNpm ? process.env["INIT_CWD"] : undefined) ?? process.cwd();
  for (const [option, path] of [
    ["out", values.out],
    ["media", values.media],
  ] as const) {
    const problem = badFolder(option, path);
    if (problem) {
      process.stderr.write(`${problem}\n`);
      return 2;
    }
  }
  const { files, skipped } = expand(
    positionals.map((p) => (isAbsolute(p) ? p : relative(process.cwd(), resolve(from, p)) || ".")),
  );
  for (const item of skipped) process.stderr.write(`${item.path}: ${item.reason} [${item.ruleId}]\n`);
  if (files.length === 0) {
    process.stderr.write(`no .txt or .html file in ${positionals.join(", ")}\n`);
    return 2;
  }
  if (files.length > 1 && (values.title !== undefined || values.slug !== undefined)) {
    process.stderr.write("--title and --slug name one article: give them with one input file only\n");
    return 2;
  }
  if (values.slug !== undefined && !/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(values.slug)) {
    process.stderr.write(`--slug "${values.slug}" may hold only letters, digits, - and _\n`);
    return 2;
  }
  const options: ImportOptions = {
    verbose: values.verbose,
    site: siteConfigOrExit(resolve(import.meta.dirname, "../..")),
  };
  for (const key of ["title", "date", "source", "author", "slug"] as const) {
    const value = values[key]?.trim();
    if (value) options[key] = value;
  }
  const outcomes = files.map((file) => {
    try {
      return importOne(file, values.out, values.media, values["dry-run"], values.force, options);
    } catch (error) {
      // never a stack trace: a message naming the file, and the other files go on
      const reason = `${file}:1:1: could not be imported (${error instanceof Error ? error.message : String(error)}): nothing written [import-internal]`;
      process.stderr.write(`${reason}\n`);
      return { file, article: "", status: 2 as const, attention: 0, note: reason };
    }
  });
  outcomes.push(
    ...skipped.map((item) => ({
      file: item.path,
      article: "",
      status: 2 as const,
      attention: 0,
      note: `skipped [${item.ruleId}]`,
    })),
  );
  if (outcomes.length > 1) say(summary(outcomes.map((o) => ({ ...o, file: relative(".", o.file) || o.file }))));
  return Math.max(...outcomes.map((o) => o.status));
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`import failed: ${error instanceof Error ? error.message : String(error)} [import-internal]\n`);
  process.exitCode = 2;
}
