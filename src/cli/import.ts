/**
 * npm run import -- <file…> [--out content/] [--dry-run] [--force]
 * Exit status: 0 clean, 1 written but with spans needing attention,
 * 2 nothing written (unreadable file, no title, bad usage).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, rmSync } from "node:fs";
import { join, basename } from "node:path";
import { parseArgs } from "node:util";
import { importRaw } from "../lib/import/index.ts";

const USAGE = "usage: npm run import -- <file…> [--out content/] [--dry-run] [--force]";

function fail(reason: string): number {
  process.stderr.write(`${reason}\n`);
  return 2;
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

function importOne(file: string, out: string, dryRun: boolean, force: boolean): number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return fail(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const result = importRaw(bytes, basename(file));
  if (!result.ok) return fail(result.reason);
  const target = join(out, result.fileName);
  if (dryRun) {
    process.stdout.write(`${result.markdown}\n`);
  } else {
    if (!force && existsSync(target)) return fail(`${target} exists (use --force to overwrite)`);
    try {
      mkdirSync(out, { recursive: true });
      writeArticle(target, result.markdown, force);
    } catch (error) {
      return fail(`${target}: cannot write (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  process.stdout.write(`== ${file} → ${target}${dryRun ? " (dry run, not written)" : ""}\n${result.report}`);
  return result.attention.length > 0 ? 1 : 0;
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", default: "content/" },
        "dry-run": { type: "boolean", default: false },
        force: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}; ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) return fail(`no input file; ${USAGE}`);
  const statuses = positionals.map((file) => importOne(file, values.out, values["dry-run"], values.force));
  return Math.max(...statuses);
}

process.exitCode = main(process.argv.slice(2));
