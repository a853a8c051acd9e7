/**
 * The build, started by `npm run build` (./build.ts, which gives it its memory settings):
 * `astro build` (which writes the whole site, search index included: see
 * src/integrations/newsprint.ts) into a staging folder, swapped into place only when the build
 * succeeded, so that a failed build leaves the previous site exactly as it was.
 *
 * The staging folder sits next to the output (same file system, so the swap is a rename) under a
 * fixed name: Astro's incremental build reuses pages only while its output folder stays the same.
 * A lock file keeps two builds from sharing it. While Astro starts, the staging folder gets hard
 * links to the live site's pages (../lib/output/linked-staging.ts), so that a rebuild writes only
 * the pages that changed.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { build } from "astro";
import { settleSearchIndexes } from "../integrations/newsprint.ts";
import { astroCacheDir } from "../config/cache-dir.ts";
import { cacheCollators } from "../lib/output/cached-collators.ts";
import { digestInThread } from "../lib/output/in-thread-digest.ts";
import { linkPreviousPages, stampLiveSite, waitForLinks } from "../lib/output/linked-staging.ts";
import { isRunning } from "../lib/build/processes.ts";
import { bufferStdout } from "../lib/output/buffered-stdout.ts";

const root = process.cwd();
const outDir = resolve(root, process.env["NEWSPRINT_OUT_DIR"] || "dist");
const staging = join(dirname(outDir), `.${basename(outDir)}.staging`);
const retiredPrefix = join(dirname(outDir), `.${basename(outDir)}.retired-`);
const lock = `${staging}.lock`;
const cacheDir = astroCacheDir(root);
const quiet = process.env["NEWSPRINT_LOG_LEVEL"] === "warn";

async function main(): Promise<number> {
  bufferStdout();
  if (!process.env["SITE"]) {
    console.warn("[newsprint] SITE is not set: canonical links, feeds and the sitemap use http://localhost:4321.");
  }
  await mkdir(dirname(outDir), { recursive: true });
  const other = takeLock();
  if (other !== undefined) {
    console.error(`Another build into ${outDir} is running (process ${other}); wait for it to finish.`);
    return 1;
  }
  process.once("exit", () => rmSync(lock, { force: true }));
  // Left by a build that was killed: never build on top of it.
  await rm(staging, { recursive: true, force: true });
  removeInBackground(leftoverRetiredSites());
  const previous = linkPreviousPages(cacheDir, outDir, staging);
  digestInThread();
  cacheCollators();
  try {
    // The staging folder holds only the links just made: Astro must not empty it.
    await build({
      root,
      outDir: staging,
      logLevel: quiet ? "warn" : "info",
      vite: { build: { emptyOutDir: false }, plugins: [waitForLinks(previous)] },
    });
    await previous.prune();
  } catch (error) {
    await previous.release();
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
  await previous.release();
  const retired = `${retiredPrefix}${process.pid}-${Date.now()}`;
  if (existsSync(outDir)) await rename(outDir, retired);
  await rename(staging, outDir);
  stampLiveSite(cacheDir, outDir);
  // The replaced site (tens of thousands of files in a large archive) is deleted after this
  // process has finished, not before: nothing waits for it.
  removeInBackground([retired]);
  console.log(`Site written to ${outDir}`);
  return 0;
}

/** Replaced sites whose deletion was cut short (the machine stopped, the deleting process was killed). */
function leftoverRetiredSites(): string[] {
  const folder = dirname(retiredPrefix);
  const prefix = basename(retiredPrefix);
  return readdirSync(folder)
    .filter((name) => name.startsWith(prefix))
    .map((name) => join(folder, name));
}

/** Deletes folders in a detached process that outlives this one. */
function removeInBackground(folders: readonly string[]): void {
  if (folders.length === 0) return;
  const script = `for (const f of ${JSON.stringify(folders)}) require("node:fs").rmSync(f, { recursive: true, force: true });`;
  spawn(process.execPath, ["-e", script], { detached: true, stdio: "ignore" }).unref();
}

/** Takes the staging folder's lock; returns the process holding it when that one is still running. */
function takeLock(): number | undefined {
  try {
    writeFileSync(lock, String(process.pid), { flag: "wx" });
    return undefined;
  } catch {
    const holder = Number(readFileSync(lock, "utf8"));
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) return holder;
    // Left by a build that was killed: take it over.
    writeFileSync(lock, String(process.pid));
    return undefined;
  }
}

process.exitCode = await main();
