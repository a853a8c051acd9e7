/**
 * `npm run build`: builds the site into a temporary folder, with the search index that Pagefind
 * writes meanwhile, and swaps the result into place only when every step succeeded, so a failed
 * build leaves the previous site exactly as it was.
 */
import { existsSync } from "node:fs";
import { copyFile, mkdir, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { build } from "astro";
import { SEARCH_DIR_VARIABLE, searchIndexTask } from "../lib/build/search-task.ts";

const root = process.cwd();
const outDir = resolve(root, process.env["NEWSPRINT_OUT_DIR"] || "dist");
const staging = join(root, ".tmp", `build-${process.pid}`);
const searchDir = join(root, ".tmp", `search-${process.pid}`);
const retired = join(root, ".tmp", `retired-${process.pid}`);
const quiet = process.env["NEWSPRINT_LOG_LEVEL"] === "warn";
const log = (message: string) => quiet || console.log(`[newsprint] ${message}`);

async function buildSite(): Promise<void> {
  if (!process.env["SITE"]) {
    console.warn("[newsprint] SITE is not set: canonical links, feeds and the sitemap use http://localhost:4321.");
  }
  process.env[SEARCH_DIR_VARIABLE] = searchDir;
  const started = performance.now();
  try {
    await build({ root, outDir: staging, logLevel: quiet ? "warn" : "info" });
  } finally {
    // Never leave Pagefind running, whatever happened to the build.
    await searchIndexTask()?.catch(() => undefined);
  }
  log(`astro build in ${Math.round(performance.now() - started)}ms`);
  const task = searchIndexTask();
  if (task === undefined) throw new Error("The article loader did not start the search index.");
  const index = await task;
  log(
    `search index: ${index.records} articles in ${index.shards} shards, ${index.reused} unchanged, ${Math.round(index.ms)}ms alongside the page build`,
  );
  await rename(searchDir, join(staging, "pagefind"));
  // Static hosts and crawlers look for /sitemap.xml; Astro writes a sitemap index under another name.
  await copyFile(join(staging, "sitemap-index.xml"), join(staging, "sitemap.xml"));
}

async function main(): Promise<number> {
  await mkdir(join(root, ".tmp"), { recursive: true });
  await Promise.all([staging, searchDir].map((dir) => rm(dir, { recursive: true, force: true })));
  try {
    await buildSite();
  } catch (error) {
    await Promise.all([staging, searchDir].map((dir) => rm(dir, { recursive: true, force: true })));
    const message =
      error instanceof Error && error.name === "ContentError"
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
