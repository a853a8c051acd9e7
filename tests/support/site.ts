/** Builds the site with the real build command, into a folder of the test's choosing. */
import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, "../..");

export type BuildOptions = { outDir: string; contentDir?: string; base?: string; site?: string };
export type BuildResult = { code: number; stdout: string; stderr: string };

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  mkdirSync(resolve(ROOT, ".tmp"), { recursive: true });
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: "1",
    NEWSPRINT_OUT_DIR: resolve(ROOT, options.outDir),
    NEWSPRINT_LOG_LEVEL: "warn",
    BASE: options.base ?? "/",
    SITE: options.site ?? "",
    ...(options.contentDir ? { NEWSPRINT_CONTENT_DIR: options.contentDir } : {}),
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
