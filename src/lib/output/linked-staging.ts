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
import fs from "node:fs";
import { link, unlink } from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import { join, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Plugin as VitePlugin } from "vite";
import { LINK_JOB, type LinkJob } from "./link-pages.ts";
import { forgetLiveSite } from "./previous-site.ts";

/** Longest a synchronous write into the staging folder waits for the linking thread. */
const LINKING_TIMEOUT_MS = 120_000;

export { manifestFile, stampLiveSite } from "./previous-site.ts";

export type LinkedStaging = {
  /** How many pages were linked from the live site, once they all are. */
  ready: Promise<number>;
  /** Removes linked pages the build no longer makes; returns how many. Call after a successful build. */
  prune(): Promise<number>;
  /** Stops the linking if it still runs and restores the file system functions this module wrapped. */
  release(): Promise<void>;
};

const pathOf = (target: unknown): string | undefined =>
  typeof target === "string" ? resolve(target) : target instanceof URL ? fileURLToPath(target) : undefined;

/** What the linking thread made, as the write guards see it. */
type Links = {
  /** Linked targets not yet written, kept or taken again. */
  readonly linked: Set<string>;
  /** Files written synchronously (their links replaced), whatever the thread reports. */
  readonly writtenSync: Set<string>;
  /** Linked pages Astro found in place (its incremental build keeps them). */
  readonly kept: Set<string>;
  /** Settles when the linking thread has reported. */
  readonly ready: Promise<unknown>;
  /** Blocks until the linking thread has made its last link (for synchronous writes). */
  readonly waitSync: () => void;
};

/**
 * Wraps the file system's write functions (promise and sync, named imports included) so that a
 * write to one of `linked` replaces the link instead of writing through it, and so that Astro's
 * second copy of each page (in `pageCopies`, for restoring pages missing from the output folder)
 * is not written: the live site's pages, linked into the next build's staging folder, take its
 * place. A stale copy is removed instead, so that Astro never restores it; a page that is neither
 * linked nor copied is rendered again.
 */
function guardWrites(
  links: Links,
  { pageCopies, staging, photoCache }: { pageCopies: string; staging: string; photoCache: string },
): () => void {
  const { linked, kept, ready } = links;
  const promises = fs.promises;
  const original = {
    writeFile: promises.writeFile,
    copyFile: promises.copyFile,
    mkdir: promises.mkdir,
    writeFileSync: fs.writeFileSync,
    existsSync: fs.existsSync,
  };
  const stagingUrl = pathToFileURL(staging).href;
  /** A file shared with the live site or a cache (more than one name): never written through. */
  const shared = (path: string) => (fs.lstatSync(path, { throwIfNoEntry: false })?.nlink ?? 0) > 1;
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
    if (path?.startsWith(staging)) {
      // Once the thread has made its last link, a link is a file with another name.
      links.waitSync();
      links.writtenSync.add(path);
      linked.delete(path);
      if (shared(path)) fs.rmSync(path, { force: true });
    }
    return original.writeFileSync.call(fs, file, ...rest);
  } as typeof fs.writeFileSync;
  // Astro asks whether each page it keeps is in the output folder, by URL: a linked page is, and is
  // kept. Other questions (paths as strings: Vite's, the integrations') go to the file system.
  fs.existsSync = function (target) {
    if (target instanceof URL && target.href.startsWith(stagingUrl)) {
      const path = fileURLToPath(target);
      if (linked.has(path)) {
        kept.add(path);
        return true;
      }
    }
    return original.existsSync.call(fs, target);
  } as typeof fs.existsSync;
  syncBuiltinESMExports();
  return () => {
    Object.assign(promises, { writeFile: original.writeFile, copyFile: original.copyFile, mkdir: original.mkdir });
    Object.assign(fs, { writeFileSync: original.writeFileSync, existsSync: original.existsSync });
    syncBuiltinESMExports();
  };
}

/**
 * Fills the (empty) `staging` folder with hard links to the live site's pages named in Astro's
 * manifest and to the encoded photos it took from Astro's cache, when the live site is that
 * manifest's output; otherwise links nothing (./previous-site.ts). The manifest is read and the
 * links made in a worker thread (./link-pages.ts) while Astro starts: `ready` settles when they are
 * all made, and the build must wait for it before Astro generates pages (`waitForLinks`). Until
 * then, a write into the staging folder waits for it too, so that nothing is written through a
 * link made after the write began.
 */
export function linkPreviousPages(cacheDir: string, outDir: string, staging: string): LinkedStaging {
  const done = new SharedArrayBuffer(4);
  const job: LinkJob = { kind: LINK_JOB, cacheDir, outDir, staging, done };
  const worker = new Worker(new URL("./link-pages.ts", import.meta.url), { workerData: job });
  const flag = new Int32Array(done);
  const linked = new Set<string>();
  const writtenSync = new Set<string>();
  const made = new Promise<number>((resolve, reject) => {
    worker.once("message", (targets: string[]) => {
      // A file written synchronously before this message came replaced its link already.
      for (const target of targets) if (!writtenSync.has(target)) linked.add(target);
      resolve(targets.length);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the linking thread stopped (exit code ${code})`)));
  });
  // A thread that stopped without reporting may have linked files no one knows of: this build
  // fails (the live site untouched), and the next one links nothing.
  let released = false;
  const ready = made.catch((error: unknown) => {
    Atomics.store(flag, 0, 1);
    if (!released) forgetLiveSite(cacheDir, outDir);
    throw new Error(
      `Linking the previous site's pages into ${staging} failed (${String(error)}); the site is unchanged. Run the build again: it will copy pages instead of linking them.`,
    );
  });
  // Until then, an early write would fail the same way; the rejection is the build's to report.
  ready.catch(() => undefined);
  const links: Links = {
    linked,
    writtenSync,
    kept: new Set(),
    ready,
    waitSync: () => {
      if (Atomics.wait(flag, 0, 0, LINKING_TIMEOUT_MS) === "timed-out") {
        throw new Error(`The thread linking the previous site's pages did not finish within ${LINKING_TIMEOUT_MS} ms.`);
      }
    },
  };
  const restore = guardWrites(links, {
    pageCopies: join(cacheDir, "dist") + sep,
    staging: staging + sep,
    photoCache: join(cacheDir, "assets") + sep,
  });
  return {
    ready,
    async prune() {
      await ready;
      // Linked and neither written again, found in place by Astro nor taken from the image cache:
      // a page the build no longer makes, a photo no page shows.
      let pruned = 0;
      for (const path of linked) {
        if (links.kept.has(path)) continue;
        await unlink(path).catch(() => undefined);
        pruned++;
      }
      return pruned;
    },
    async release() {
      released = true;
      await worker.terminate();
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
