/**
 * Builds the site from content/ once for all browser tests, with Astro's own `astro build`: what
 * an Astro user runs must give the whole site, search index included (`npm run build` adds only
 * the swap into dist/, tested in tests/unit/hardening/build.test.ts).
 */
import type { TestProject } from "vitest/node";
import { buildSite } from "./support/site.ts";

export const SITE_DIR = ".tmp/test-sites/main";

export default async function setup(project: TestProject): Promise<void> {
  const result = await buildSite({ outDir: SITE_DIR, astro: true });
  if (result.code !== 0) throw new Error(`Site build failed:\n${result.stdout}\n${result.stderr}`);
  project.provide("siteDir", SITE_DIR);
  // Fixture sites (tests/support/fixture-sites.ts) are built once per run: this id names the run.
  project.provide("runId", `${process.pid}-${Date.now()}`);
}

declare module "vitest" {
  export interface ProvidedContext {
    siteDir: string;
    runId: string;
  }
}
