import { resolve } from "node:path";

/**
 * Astro's `cacheDir` (content store, incremental build manifest, optimised photos, newsprint's own
 * caches): `NEWSPRINT_CACHE_DIR` when set (builds of other sites, tests and benchmarks keep their
 * own), else Astro's default under node_modules.
 */
export function astroCacheDir(root: string): string {
  return resolve(root, process.env["NEWSPRINT_CACHE_DIR"] || "node_modules/.astro");
}
