// @ts-check
/**
 * Baseline for `npm run bench`: a plain Astro site with the glob() loader and Astro's built-in
 * Markdown, one page per article in one script. The bench points it at a corpus and at its own
 * output and cache folders through the environment.
 */
import { defineConfig } from "astro/config";

export default defineConfig({
  outDir: process.env.BENCH_BASELINE_OUT_DIR || "./dist",
  cacheDir: process.env.BENCH_BASELINE_CACHE_DIR || "./node_modules/.astro",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
});
