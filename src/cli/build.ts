/**
 * `npm run build`: builds the site into a temporary folder and swaps it into place only when
 * every step succeeded, so a failed build leaves the previous site exactly as it was.
 */
import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { build } from "astro";
import { ContentError } from "../lib/article/diagnostics.ts";

const root = process.cwd();
const outDir = resolve(root, process.env["NEWSPRINT_OUT_DIR"] ?? "dist");
const staging = join(root, ".tmp", `build-${process.pid}`);
const retired = join(root, ".tmp", `retired-${process.pid}`);

async function main(): Promise<number> {
  await mkdir(join(root, ".tmp"), { recursive: true });
  await rm(staging, { recursive: true, force: true });
  try {
    await build({ root, outDir: staging, logLevel: process.env["NEWSPRINT_LOG_LEVEL"] === "warn" ? "warn" : "info" });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const message =
      error instanceof ContentError || (error instanceof Error && error.name === "ContentError")
        ? error.message
        : String(error instanceof Error ? (error.stack ?? error.message) : error);
    console.error(
      `\nBuild failed; ${existsSync(outDir) ? `the previous site in ${outDir} is unchanged` : "nothing was written"}.\n${message}`,
    );
    return 1;
  }
  await mkdir(dirname(outDir), { recursive: true });
  if (existsSync(outDir)) await rename(outDir, retired);
  await rename(staging, outDir);
  await rm(retired, { recursive: true, force: true });
  console.log(`Site written to ${outDir}`);
  return 0;
}

process.exitCode = await main();
