/**
 * The site a rebuild replaces, as far as the next build may reuse its files: the pages named in
 * Astro's incremental manifest (only while the live site is that manifest's output: its digest is
 * recorded after each successful swap) and the encoded photos it took from Astro's image cache.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { ORIGINALS_PATH } from "./photo-originals.ts";

/** A file of the live site and where its link goes. */
export type LinkPair = readonly [from: string, to: string];

/** Astro's incremental build manifest, as far as it names output files. */
type Manifest = { routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }> };

/** The incremental manifest's file under Astro's `cacheDir`. */
export const manifestFile = (cacheDir: string): string => join(cacheDir, "incremental-build.json");
/** Where the digest of the manifest that produced the live site is kept. */
const stampFile = (cacheDir: string, outDir: string): string =>
  join(cacheDir, `newsprint-live-${createHash("sha256").update(outDir).digest("hex").slice(0, 12)}.json`);

function digestOf(file: string): string | undefined {
  try {
    return createHash("sha256").update(readFileSync(file)).digest("hex");
  } catch {
    return undefined;
  }
}

/** The output files a manifest names, relative to the output folder, safe ones only. */
export function outputFiles(file: string): string[] {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
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
export function stampLiveSite(cacheDir: string, outDir: string): void {
  const digest = digestOf(manifestFile(cacheDir));
  if (digest === undefined) return;
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stampFile(cacheDir, outDir), JSON.stringify({ outDir, manifest: digest }));
}

/** Forgets which manifest produced the live site: the next build links none of its files. */
export function forgetLiveSite(cacheDir: string, outDir: string): void {
  rmSync(stampFile(cacheDir, outDir), { force: true });
}

function liveSiteIsCurrent(cacheDir: string, outDir: string): boolean {
  let recorded: string | undefined;
  try {
    recorded = (JSON.parse(readFileSync(stampFile(cacheDir, outDir), "utf8")) as { manifest?: string }).manifest;
  } catch {
    return false;
  }
  return recorded !== undefined && recorded === digestOf(manifestFile(cacheDir));
}

/**
 * What to link from the live site `outDir` into the empty `staging` folder: its pages, and the
 * encoded photos it took from Astro's image cache (Astro takes each again in every build, the
 * pages it keeps included, and finds it in place). Nothing unless the live site is current.
 */
export function previousSiteLinks(cacheDir: string, outDir: string, staging: string): LinkPair[] {
  if (!liveSiteIsCurrent(cacheDir, outDir)) return [];
  const pairs: LinkPair[] = [];
  for (const name of outputFiles(manifestFile(cacheDir))) {
    const to = join(staging, name);
    if (to.startsWith(staging + sep)) pairs.push([join(outDir, name), to]);
  }
  let photos: string[] = [];
  try {
    photos = readdirSync(join(cacheDir, "assets"));
  } catch {
    // No photos encoded yet.
  }
  for (const name of photos) {
    if (!name.endsWith(".json")) pairs.push([join(outDir, ORIGINALS_PATH, name), join(staging, ORIGINALS_PATH, name)]);
  }
  return pairs;
}
