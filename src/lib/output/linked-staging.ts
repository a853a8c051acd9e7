/**
 * A rebuild's staging folder, filled before Astro starts with hard links to the pages of the site
 * it replaces, so that Astro's incremental build finds every unchanged page already in place
 * ("cached") instead of copying it out of its cache: a link costs a directory entry, a copy a new
 * file (docs/performance.md). Without this, a rebuild's time grows with the archive, not with what
 * changed.
 *
 * The live site is never written through a link: every write into the staging folder made by this
 * process replaces the link first (unlink, then write), and a failed build removes the staging
 * folder, which leaves the live site's files as they were. Pages are linked only when the live site
 * is the output of the incremental manifest Astro will read (its digest is recorded after each
 * successful swap): a build that failed after Astro wrote its manifest must not make a stale page
 * look current.
 *
 * Astro also keeps a second copy of every page it writes in its cache, to restore pages missing
 * from the output folder; the links take its place, so those copies are not written (half the
 * files a cold build creates). Encoded photos Astro takes from its cache are linked, not copied:
 * those the live site has are linked with its pages, the rest when Astro takes them.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import { link, mkdir, readdir, readFile, unlink, writeFile } from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Plugin as VitePlugin } from "vite";
import { LINK_JOB, type LinkPair } from "./link-pages.ts";
import { ORIGINALS_PATH } from "./photo-originals.ts";

/** Astro's incremental build manifest, as far as it names output files. */
type Manifest = { routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }> };

export type LinkedStaging = {
  /** How many pages were linked from the live site, once they all are. */
  ready: Promise<number>;
  /** Removes linked pages the build no longer makes; returns how many. Call after a successful build. */
  prune(): Promise<number>;
  /** Stops the linking if it still runs and restores the file system functions this module wrapped. */
  release(): Promise<void>;
};

/** The incremental manifest's file under Astro's `cacheDir`. */
export const manifestFile = (cacheDir: string): string => join(cacheDir, "incremental-build.json");
/** Where the digest of the manifest that produced the live site is kept. */
const stampFile = (cacheDir: string, outDir: string): string =>
  join(cacheDir, `newsprint-live-${createHash("sha256").update(outDir).digest("hex").slice(0, 12)}.json`);

async function digestOf(file: string): Promise<string | undefined> {
  const bytes = await readFile(file).catch(() => undefined);
  return bytes && createHash("sha256").update(bytes).digest("hex");
}

/** The output files a manifest names, relative to the output folder, safe ones only. */
async function outputFiles(file: string): Promise<string[]> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(file, "utf8")) as Manifest;
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const path of Object.values(route.paths ?? {})) {
      const name = path.outputFile;
      if (typeof name === "string" && name !== "" && !name.split(/[\\/]/u).includes("..")) files.push(name);
    }
  }
  return files;
}

/** Records that the live site in `outDir` is the output of the current manifest. Call after the swap. */
export async function stampLiveSite(cacheDir: string, outDir: string): Promise<void> {
  const digest = await digestOf(manifestFile(cacheDir));
  if (digest === undefined) return;
  await mkdir(cacheDir, { recursive: true });
  await writeFile(stampFile(cacheDir, outDir), JSON.stringify({ outDir, manifest: digest }));
}

async function liveSiteIsCurrent(cacheDir: string, outDir: string): Promise<boolean> {
  const stamp = await readFile(stampFile(cacheDir, outDir), "utf8").catch(() => undefined);
  if (stamp === undefined) return false;
  const recorded = (JSON.parse(stamp) as { manifest?: string }).manifest;
  return recorded !== undefined && recorded === (await digestOf(manifestFile(cacheDir)));
}

const pathOf = (target: unknown): string | undefined =>
  typeof target === "string" ? resolve(target) : target instanceof URL ? fileURLToPath(target) : undefined;

/**
 * Wraps the file system's write functions (promise and sync, named imports included) so that a
 * write to one of `linked` replaces the link instead of writing through it, and so that Astro's
 * second copy of each page (in `pageCopies`, for restoring pages missing from the output folder)
 * is not written: the live site's pages, linked into the next build's staging folder, take its
 * place. A stale copy is removed instead, so that Astro never restores it; a page that is neither
 * linked nor copied is rendered again.
 */
function guardWrites(
  linked: Set<string>,
  ready: Promise<unknown>,
  { pageCopies, staging, photoCache }: { pageCopies: string; staging: string; photoCache: string },
): () => void {
  const promises = fs.promises;
  const original = {
    writeFile: promises.writeFile,
    copyFile: promises.copyFile,
    mkdir: promises.mkdir,
    writeFileSync: fs.writeFileSync,
  };
  // Astro makes the folder of every page it writes (`recursive`): once per folder is enough.
  const folders = new Set<string>();
  promises.mkdir = async function (path, ...rest) {
    const folder = pathOf(path);
    const recursive = typeof rest[0] === "object" && rest[0]?.recursive === true;
    if (folder === undefined || !recursive || !folder.startsWith(staging)) {
      return original.mkdir.call(promises, path, ...rest);
    }
    if (folders.has(folder)) return undefined;
    const made = await original.mkdir.call(promises, path, ...rest);
    folders.add(folder);
    return made;
  } as typeof promises.mkdir;
  const unlinkFirst = async (target: unknown): Promise<void> => {
    const path = pathOf(target);
    if (path === undefined || !path.startsWith(staging)) return;
    await ready;
    if (linked.delete(path)) await unlink(path).catch(() => undefined);
  };
  promises.writeFile = async function (file, ...rest) {
    const path = pathOf(file);
    if (path?.startsWith(pageCopies)) return unlink(path).catch(() => undefined);
    // An encoded photo in the cache may be linked into the live site: a new file, never written through.
    if (path?.startsWith(photoCache)) await unlink(path).catch(() => undefined);
    await unlinkFirst(file);
    return original.writeFile.call(promises, file, ...rest);
  } as typeof promises.writeFile;
  // Encoded photos taken from the cache are linked, not copied (their names are their content's hash).
  promises.copyFile = async function (source, destination, ...rest) {
    const from = pathOf(source);
    const to = pathOf(destination);
    if (from?.startsWith(photoCache) && to?.startsWith(staging)) {
      await ready;
      // Linked from the live site already: the same name is the same encoded photo.
      if (linked.delete(to)) return undefined;
    }
    await unlinkFirst(destination);
    if (from?.startsWith(photoCache) && to?.startsWith(staging)) {
      await unlink(to).catch(() => undefined);
      try {
        return await link(from, to);
      } catch {
        // Another file system: copied below.
      }
    }
    return original.copyFile.call(promises, source, destination, ...rest);
  } as typeof promises.copyFile;
  fs.writeFileSync = function (file, ...rest) {
    const path = pathOf(file);
    if (path !== undefined && linked.delete(path)) fs.rmSync(path, { force: true });
    return original.writeFileSync.call(fs, file, ...rest);
  } as typeof fs.writeFileSync;
  syncBuiltinESMExports();
  return () => {
    Object.assign(promises, { writeFile: original.writeFile, copyFile: original.copyFile, mkdir: original.mkdir });
    fs.writeFileSync = original.writeFileSync;
    syncBuiltinESMExports();
  };
}

/**
 * Fills the (empty) `staging` folder with hard links to the live site's pages named in Astro's
 * manifest, when the live site is that manifest's output; otherwise links nothing. The links are
 * made in a worker thread (./link-pages.ts) while Astro starts: `ready` settles when they are all
 * made, and the build must wait for it before Astro generates pages (`waitForLinks`). Until then,
 * a write into the staging folder waits for it too, so that nothing is written through a link made
 * after the write began.
 */
export async function linkPreviousPages(cacheDir: string, outDir: string, staging: string): Promise<LinkedStaging> {
  const pairs: LinkPair[] = [];
  const photoCache = join(cacheDir, "assets");
  if (await liveSiteIsCurrent(cacheDir, outDir)) {
    for (const name of await outputFiles(manifestFile(cacheDir))) {
      const to = join(staging, name);
      if (to.startsWith(staging + sep)) pairs.push([join(outDir, name), to]);
    }
    // Encoded photos the live site took from Astro's image cache: Astro takes each again in every
    // build (the pages it keeps included), and finds it in place; those it no longer takes are pruned.
    for (const name of await readdir(photoCache).catch(() => [])) {
      if (name.endsWith(".json")) continue;
      pairs.push([join(outDir, ORIGINALS_PATH, name), join(staging, ORIGINALS_PATH, name)]);
    }
  }
  // Until the worker says which it made, every target counts as linked: a write replaces it first.
  const linked = new Set(pairs.map(([, to]) => to));
  const worker =
    pairs.length === 0
      ? undefined
      : new Worker(new URL("./link-pages.ts", import.meta.url), {
          workerData: { kind: LINK_JOB, pairs },
        });
  const made =
    worker === undefined
      ? Promise.resolve(0)
      : new Promise<number>((resolve, reject) => {
          worker.once("message", (targets: string[]) => {
            linked.clear();
            for (const target of targets) linked.add(target);
            resolve(targets.length);
          });
          worker.once("error", reject);
          worker.once("exit", (code) => reject(new Error(`the linking thread stopped (exit code ${code})`)));
        });
  // A thread that failed leaves some pages linked and some not: all still count as linked (above).
  const ready = made.catch((error: unknown) => {
    console.warn(
      `[newsprint] Linking the previous site's pages failed; those not linked are copied from the cache: ${String(error)}`,
    );
    return 0;
  });
  const restore = guardWrites(linked, ready, {
    pageCopies: join(cacheDir, "dist") + sep,
    staging: staging + sep,
    photoCache: photoCache + sep,
  });
  return {
    ready,
    async prune() {
      await ready;
      // Still linked and not rewritten: kept by Astro ("cached") if the new manifest names it. An
      // encoded photo still linked was not taken by this build.
      const current = new Set((await outputFiles(manifestFile(cacheDir))).map((name) => join(staging, name)));
      let pruned = 0;
      for (const path of linked) {
        if (current.has(path)) continue;
        await unlink(path).catch(() => undefined);
        pruned++;
      }
      return pruned;
    },
    async release() {
      await worker?.terminate();
      restore();
    },
  };
}

/**
 * A Vite plugin for `astro build` that holds page generation until the links are made: Astro
 * generates pages in a `buildApp` handler of order "post" ("astro:build-generate"), after the
 * bundles are built; this one runs before it (the same order, earlier in the plugin list), so
 * the linking overlaps Astro's start, content sync and bundling. Astro takes a page whose cache
 * key is unchanged and whose file is in place as it is.
 */
export function waitForLinks(staging: Pick<LinkedStaging, "ready">): VitePlugin {
  return {
    name: "newsprint:wait-for-linked-pages",
    buildApp: { order: "post", handler: () => staging.ready.then(() => undefined) },
  };
}
