/**
 * `npm run build`: `astro build` (which writes the whole site, search index included: see
 * src/integrations/newsprint.ts) into a staging folder, swapped into place only when the build
 * succeeded, so that a failed build leaves the previous site exactly as it was.
 */
import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { build } from "astro";
import { settleSearchIndexes } from "../integrations/newsprint.ts";

const root = process.cwd();
const outDir = resolve(root, process.env["NEWSPRINT_OUT_DIR"] || "dist");
const staging = join(root, ".tmp", `build-${process.pid}`);
const retired = join(root, ".tmp", `retired-${process.pid}`);
const quiet = process.env["NEWSPRINT_LOG_LEVEL"] === "warn";

async function main(): Promise<number> {
  if (!process.env["SITE"]) {
    console.warn("[newsprint] SITE is not set: canonical links, feeds and the sitemap use http://localhost:4321.");
  }
  await mkdir(join(root, ".tmp"), { recursive: true });
  await rm(staging, { recursive: true, force: true });
  try {
    await build({ root, outDir: staging, logLevel: quiet ? "warn" : "info" });
  } catch (error) {
    // Never leave Pagefind running, nor its half-written index, whatever happened to the build.
    await settleSearchIndexes();
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
