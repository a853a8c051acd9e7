/**
 * npm run import -- <file|folder…> [--out content/] [--media public/] [--dry-run] [--force] [--verbose]
 *                   [--title …] [--date YYYY-MM-DD] [--source …] [--author …] [--slug …]
 * Text files (.txt or any other name) and saved web pages (.html/.htm, with their _files folder).
 * Exit status: 0 clean, 1 written with guesses to check, 2 nothing written (for that file).
 * With several files: a summary table and the worst status.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { siteConfigOrExit } from "../config/load.ts";
import {
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
const INPUT = /\.(?:txt|text|html?|md)$/iu;

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

/** A page's own image: a relative path inside the page's folder (no `..`, no absolute path, no other host). */
function localImage(page: string, src: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(src) || src.startsWith("/") || src.startsWith("\\")) return undefined;
  let path: string;
  try {
    path = decodeURI(src.split(/[?#]/u)[0] ?? "");
  } catch {
    return undefined;
  }
  const folder = resolve(dirname(page));
  const full = resolve(folder, path);
  if (!full.startsWith(folder + sep)) return undefined;
  try {
    return statSync(full).isFile() ? full : undefined;
  } catch {
    return undefined;
  }
}

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
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    return refuse(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const limit = isHtml(file) ? MAX_PAGE_BYTES : MAX_TEXT_BYTES;
  if (size > limit)
    return refuse(
      `${file}: ${(size / 1024 / 1024).toFixed(1)} MB is more than ${isHtml(file) ? "a saved news page" : "an article"} can be (at most ${limit / 1024 / 1024} MB): nothing written`,
    );
  const bytes = readFileSync(file);
  const result: ImportResult = isHtml(file)
    ? importHtml(bytes, basename(file), options, (src) => localImage(file, src) !== undefined)
    : importRaw(bytes, basename(file), options);
  if (!result.ok) return refuse(result.reason);
  const target = join(out, result.fileName);
  if (dryRun) {
    say(`${result.markdown}\n`);
  } else {
    if (!force && existsSync(target)) return refuse(`${target} exists (use --force to overwrite)`);
    try {
      for (const image of result.images) {
        const from = localImage(file, image.src);
        if (!from) throw new Error(`image ${image.src} disappeared`);
        const to = join(media, ...image.url.split("/").filter(Boolean));
        if (!force && existsSync(to) && !readFileSync(to).equals(readFileSync(from)))
          throw new Error(`${to} exists with other content (use --force to overwrite)`);
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(from, to);
      }
      mkdirSync(out, { recursive: true });
      writeArticle(target, result.markdown, force);
    } catch (error) {
      return refuse(`${target}: cannot write (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const copied = result.images.length > 0 && !dryRun ? ` (+${result.images.length} image(s) in ${media})` : "";
  say(`== ${file} → ${target}${dryRun ? " (dry run, not written)" : ""}${copied}\n${result.report}`);
  const status = result.attention.length > 0 ? 1 : 0;
  return { file, article: target, status, attention: result.attention.length, note: dryRun ? "dry run" : "written" };
}

/** Files named on the command line; a folder stands for the text and page files in it. */
function expand(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    try {
      if (!statSync(path).isDirectory()) return [path];
    } catch {
      return [path];
    }
    return readdirSync(path, { recursive: true, encoding: "utf8" })
      .filter((name) => INPUT.test(name) && !name.split(/[\\/]/u).some((part) => part.endsWith("_files")))
      .sort()
      .map((name) => join(path, name));
  });
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
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}; ${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) {
    process.stderr.write(`no input file; ${USAGE}\n`);
    return 2;
  }
  // `npm run` starts in the project folder: read input paths from where the command was typed
  const viaNpm = process.env["npm_lifecycle_event"] === "import";
  const from = (viaNpm ? process.env["INIT_CWD"] : undefined) ?? process.cwd();
  const files = expand(positionals.map((p) => (isAbsolute(p) ? p : relative(process.cwd(), resolve(from, p)) || ".")));
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
  const outcomes = files.map((file) =>
    importOne(file, values.out, values.media, values["dry-run"], values.force, options),
  );
  if (outcomes.length > 1) say(summary(outcomes.map((o) => ({ ...o, file: relative(".", o.file) || o.file }))));
  return Math.max(...outcomes.map((o) => o.status));
}

process.exitCode = main(process.argv.slice(2));
