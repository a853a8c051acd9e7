/** Builds the site with the real build command, into a folder of the test's choosing. */
import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import { basename, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, "../..");

export type BuildOptions = {
  outDir: string;
  contentDir?: string;
  base?: string;
  site?: string;
  /** A site configuration file (JSON) replacing src/site.config.ts's settings: NEWSPRINT_SITE_CONFIG. */
  siteConfig?: string;
};
export type BuildResult = { code: number; stdout: string; stderr: string };

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  mkdirSync(resolve(ROOT, ".tmp"), { recursive: true });
  const env = {
    ...cleanEnvironment(),
    ASTRO_TELEMETRY_DISABLED: "1",
    NEWSPRINT_OUT_DIR: resolve(ROOT, options.outDir),
    NEWSPRINT_LOG_LEVEL: "warn",
    // Each test site keeps its own content cache, so builds with other SITE/BASE values do not clear it.
    NEWSPRINT_CACHE_DIR: resolve(ROOT, ".tmp/cache", basename(options.outDir)),
    BASE: options.base ?? "/",
    SITE: options.site ?? "",
    ...(options.contentDir ? { NEWSPRINT_CONTENT_DIR: options.contentDir } : {}),
    ...(options.siteConfig ? { NEWSPRINT_SITE_CONFIG: resolve(ROOT, options.siteConfig) } : {}),
  };
  try {
    const { stdout, stderr } = await run(process.execPath, ["src/cli/build.ts"], {
      cwd: ROOT,
      env,
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

/** The environment without what the test runner adds (BASE_URL, MODE, NODE_ENV=test…), which Astro would read. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"]) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  return env;
}
