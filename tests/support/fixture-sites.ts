/**
 * Fixture sites built once per test run and read by every test that needs them: the first test
 * process to ask builds the site; the others wait for it and read the same folder and build output.
 * Tests that need a special build (a failing one, a long BASE, Thumbor, dist left intact) call
 * buildSite themselves.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { inject } from "vitest";
import { buildSite, lock, ROOT, type BuildOptions, type BuildResult } from "./site.ts";

const SITE = "https://news.example.org";

/** Every shared fixture site, by name; each is built into .tmp/test-sites/<name>. */
export const FIXTURE_SITES = {
  "three-editions": {
    contentDir: "tests/fixtures/sites/three-content",
    siteConfig: "tests/fixtures/sites/three-editions.json",
    site: SITE,
  },
  reader: {
    contentDir: "tests/fixtures/sites/reader-content",
    siteConfig: "tests/fixtures/sites/reader.json",
    site: SITE,
  },
  newsroom: { contentDir: "tests/fixtures/newsroom/content", site: SITE },
} satisfies Record<string, Omit<BuildOptions, "outDir">>;

export type FixtureSiteName = keyof typeof FIXTURE_SITES;
export type FixtureSite = { dir: string; build: BuildResult };

/** Where a fixture site is built (absolute). */
export const fixtureSiteDir = (name: FixtureSiteName): string => resolve(ROOT, ".tmp/test-sites", name);

/** The site's folder (absolute) and its build's output; builds it if no process of this run has yet. */
export async function fixtureSite(name: FixtureSiteName): Promise<FixtureSite> {
  const outDir = fixtureSiteDir(name);
  const options: BuildOptions = {
    ...FIXTURE_SITES[name],
    contentDir: resolve(ROOT, FIXTURE_SITES[name].contentDir),
    outDir,
  };
  // The run id makes each test run build afresh; the options make a changed entry build again.
  const key = createHash("sha256")
    .update(JSON.stringify([inject("runId"), options]))
    .digest("hex");
  const stamp = `${outDir}.build.json`;
  const release = await lock(`${outDir}.lock`);
  try {
    const done = readStamp(stamp);
    if (done?.key === key) return { dir: outDir, build: done.build };
    const build = await buildSite(options);
    if (build.code !== 0) throw new Error(`${name} site build failed:\n${build.stdout}\n${build.stderr}`);
    writeFileSync(stamp, JSON.stringify({ key, build }));
    return { dir: outDir, build };
  } finally {
    release();
  }
}

function readStamp(path: string): { key: string; build: BuildResult } | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as { key: string; build: BuildResult };
  } catch {
    return undefined;
  }
}
