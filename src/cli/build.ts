/**
 * `npm run build`: builds the site into a temporary folder, adds the search index, and swaps the
 * result into place only when every step succeeded, so a failed build leaves the previous site
 * exactly as it was.
 */
import { existsSync } from "node:fs";
import { copyFile, mkdir, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { build } from "astro";
import { writeSearchIndex } from "../lib/site/search-index.ts";

const root = process.cwd();
const outDir = resolve(root, process.env["NEWSPRINT_OUT_DIR"] ?? "dist");
const staging = join(root, ".tmp", `build-${process.pid}`);
const retired = join(root, ".tmp", `retired-${process.pid}`);
const quiet = process.env["NEWSPRINT_LOG_LEVEL"] === "warn";

async function timed<T>(label: string, step: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await step();
  if (!quiet) console.log(`[newsprint] ${label} in ${Math.round(performance.now() - start)}ms`);
  return result;
}

async function buildSite(): Promise<void> {
  if (!process.env["SITE"]) {
    console.warn("[newsprint] SITE is not set: canonical links, feeds and the sitemap use http://localhost:4321.");
  }
  await timed("astro build", () => build({ root, outDir: staging, logLevel: quiet ? "warn" : "info" }));
  const count = await timed("search index", () => writeSearchIndex(staging));
  if (!quiet) console.log(`[newsprint] indexed ${count} articles for search`);
  // Static hosts and crawlers look for /sitemap.xml; Astro writes a sitemap index under another name.
  await copyFile(join(staging, "sitemap-index.xml"), join(staging, "sitemap.xml"));
}

async function main(): Promise<number> {
  await mkdir(join(root, ".tmp"), { recursive: true });
  await rm(staging, { recursive: true, force: true });
  try {
    await buildSite();
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
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
