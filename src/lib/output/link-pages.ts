/**
 * Hard-links a live site's pages into a staging folder, in a worker thread of the build process
 * (./linked-staging.ts), so that tens of thousands of links are made while Astro starts, syncs
 * content and bundles, not before. Synchronous calls: each far cheaper than a trip through the
 * thread pool.
 */
import fs from "node:fs";
import { dirname } from "node:path";
import { isMainThread, parentPort, workerData } from "node:worker_threads";

/** A page of the live site and where its link goes. */
export type LinkPair = readonly [from: string, to: string];

/**
 * Links each pair whose source is a regular file; returns the targets linked. Stops at the first
 * link the file system refuses for good (another file system, a limit reached): Astro copies the
 * rest from its cache. A target that already exists is the build's own file and is left alone.
 */
export function linkPages(pairs: readonly LinkPair[]): string[] {
  const linked: string[] = [];
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

if (!isMainThread && parentPort !== null) {
  const job = workerData as { kind?: string; pairs?: LinkPair[] } | undefined;
  if (job?.kind === LINK_JOB && job.pairs !== undefined) parentPort.postMessage(linkPages(job.pairs));
}
