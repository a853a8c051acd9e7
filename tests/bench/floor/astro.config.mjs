// @ts-check
/**
 * Astro's floor for `npm run bench`: a site of N empty pages (BENCH_FLOOR_PAGES), no content, no
 * integrations, laid out as newsprint lays out its pages (`<slug>.html` files in a few folders).
 * What Astro itself costs to start, render and write that many pages on this machine.
 */
import { defineConfig } from "astro/config";

export default defineConfig({
  outDir: process.env.BENCH_FLOOR_OUT_DIR || "./dist",
  cacheDir: process.env.BENCH_FLOOR_CACHE_DIR || "./node_modules/.astro",
  build: { format: "preserve" },
  devToolbar: { enabled: false },
});
