/**
 * Hard-links a live site's pages and encoded photos into a staging folder, in a worker thread of
 * the build process (./linked-staging.ts), so that reading Astro's manifest (27 MB at 20,000
 * articles) and making tens of thousands of links happen while Astro starts, syncs content and
 * bundles, not before. Synchronous calls: each far cheaper than a trip through the thread pool.
 */
import fs from "node:fs";
import { dirname } from "node:path";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { previousSiteLinks, type LinkPair } from "./previous-site.ts";

/**
 * Links each pair whose source is a regular file, adding each target to `linked`. Stops at the
 * first link the file system refuses for good (another file system, a limit reached): Astro copies
 * the rest from its cache. A target that already exists is the build's own file and is left alone.
 */
export function linkPages(pairs: readonly LinkPair[], linked: string[] = []): string[] {
  const made = new Set<string>();
  for (const [from, to] of pairs) {
    if (!fs.lstatSync(from, { throwIfNoEntry: false })?.isFile()) continue;
    const folder = dirname(to);
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      fs.linkSync(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
      break;
    }
    linked.push(to);
  }
  return linked;
}

/** Set by linked-staging.ts on the worker it starts with this file. */
export const LINK_JOB = "newsprint-link-pages";

/** The job: the folders, and a shared flag set to 1 once no more links will be made. */
export type LinkJob = {
  readonly kind: typeof LINK_JOB;
  readonly cacheDir: string;
  readonly outDir: string;
  readonly staging: string;
  readonly done: SharedArrayBuffer;
};

if (!isMainThread && parentPort !== null) {
  const job = workerData as Partial<LinkJob> | undefined;
  if (job?.kind === LINK_JOB && job.cacheDir !== undefined && job.outDir !== undefined && job.staging !== undefined) {
    // Whatever happens, report the links made: the build must know every one of them.
    const linked: string[] = [];
    try {
      linkPages(previousSiteLinks(job.cacheDir, job.outDir, job.staging), linked);
    } finally {
      parentPort.postMessage(linked);
      if (job.done !== undefined) {
        const flag = new Int32Array(job.done);
        Atomics.store(flag, 0, 1);
        Atomics.notify(flag, 0);
      }
    }
  }
}
