/** Builds the site with the real build command, into a folder of the test's choosing; runs the dev server. */
import { spawn } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { basename, join, resolve } from "node:path";
import { isRunning } from "../../src/lib/build/processes.ts";

export const ROOT = resolve(import.meta.dirname, "../..");

export type BuildOptions = {
  outDir: string;
  contentDir?: string;
  base?: string;
  site?: string;
  /** A site configuration file (JSON) replacing src/site.config.ts's settings: NEWSPRINT_SITE_CONFIG. */
  siteConfig?: string;
  /** Build with Astro's own `astro build --outDir` instead of `npm run build` (src/cli/build.ts). */
  astro?: boolean;
  /** More environment variables for the build. */
  env?: NodeJS.ProcessEnv;
};
export type BuildResult = { code: number; stdout: string; stderr: string; pid: number };

/**
 * Builds one at a time across test processes: Astro writes some state into the project's own
 * `.astro/` folder whatever the cache folder (generated types, content module maps), so two builds of the
 * checkout at once could read each other's.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const release = await lock(resolve(ROOT, ".tmp/build.lock"));
  try {
    return await runBuild(options);
  } finally {
    release();
  }
}

/** A lock folder holding the owner's pid; a lock whose owner is gone is taken over. */
export async function lock(path: string): Promise<() => void> {
  mkdirSync(resolve(path, ".."), { recursive: true });
  for (;;) {
    try {
      mkdirSync(path);
      writeFileSync(join(path, "pid"), String(process.pid));
      return () => rmSync(path, { recursive: true, force: true });
    } catch {
      let owner = 0;
      try {
        owner = Number(readFileSync(join(path, "pid"), "utf8"));
      } catch {
        // Being created or removed right now: try again shortly.
      }
      if (owner > 0 && !isRunning(owner)) rmSync(path, { recursive: true, force: true });
      else await new Promise((done) => setTimeout(done, 200));
    }
  }
}

async function runBuild(options: BuildOptions): Promise<BuildResult> {
  mkdirSync(resolve(ROOT, ".tmp"), { recursive: true });
  const outDir = resolve(ROOT, options.outDir);
  const env = {
    ...cleanEnvironment(),
    ASTRO_TELEMETRY_DISABLED: "1",
    NEWSPRINT_OUT_DIR: outDir,
    NEWSPRINT_LOG_LEVEL: "warn",
    // Each test site keeps its own content cache, so builds with other SITE/BASE values do not clear it.
    NEWSPRINT_CACHE_DIR: resolve(ROOT, ".tmp/cache", basename(options.outDir)),
    BASE: options.base ?? "/",
    SITE: options.site ?? "",
    ...(options.contentDir ? { NEWSPRINT_CONTENT_DIR: options.contentDir } : {}),
    ...(options.siteConfig ? { NEWSPRINT_SITE_CONFIG: resolve(ROOT, options.siteConfig) } : {}),
    ...options.env,
  };
  // One line a build, for counting builds per test run (docs/testing.md).
  appendFileSync(resolve(ROOT, ".tmp/builds.log"), `${new Date().toISOString()} ${options.outDir}\n`);
  const args = options.astro
    ? [join(ROOT, "node_modules/astro/bin/astro.mjs"), "build", "--outDir", outDir, "--silent"]
    : ["src/cli/build.ts"];
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number>((done) => child.once("close", (exit) => done(exit ?? 1)));
  return { code, stdout, stderr, pid: child.pid ?? 0 };
}

/** The environment without what the test runner adds (BASE_URL, MODE, NODE_ENV=test…), which Astro would read. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"]) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  return env;
}

export type DevServer = { url: string; output: () => string; close: () => Promise<void> };

/** A free loopback port (closed again at once, so another process may take it; good enough for tests). */
async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * `astro dev` on a free port, with its own content folder and cache; resolves once it answers.
 * Its output is kept for assertions and error messages.
 */
export async function startDevServer(options: {
  contentDir: string;
  cacheDir: string;
  /** How long the first answer may take (the first content sync parses every article); default 120 s. */
  readyTimeoutMs?: number;
}): Promise<DevServer> {
  // Like builds, a dev server writes into the project's own `.astro/` folder: one at a time.
  const unlock = await lock(resolve(ROOT, ".tmp/build.lock"));
  let locked = true;
  const release = () => {
    if (locked) unlock();
    locked = false;
  };
  const port = await freePort();
  const env = {
    ...cleanEnvironment(),
    ASTRO_TELEMETRY_DISABLED: "1",
    NEWSPRINT_CONTENT_DIR: options.contentDir,
    NEWSPRINT_CACHE_DIR: options.cacheDir,
  };
  const child = spawn(
    process.execPath,
    // One dev server or build at a time (the lock above); --ignore-lock: a server killed by an
    // earlier run may have left Astro's own record of it behind.
    [
      join(ROOT, "node_modules/astro/bin/astro.mjs"),
      "dev",
      "--ignore-lock",
      "--port",
      String(port),
      "--host",
      "127.0.0.1",
    ],
    { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      process.kill(-child.pid, "SIGTERM"); // The whole group: Vite's own child processes too.
      const timeout = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(timeout);
    }
    release();
  };
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      release();
      throw new Error(`astro dev exited:\n${output}`);
    }
    const ready = await fetch(`${url}/`, { signal: AbortSignal.timeout(5_000) }).then(
      () => true,
      () => false,
    );
    if (ready) return { url, output: () => output, close };
    await new Promise((done) => setTimeout(done, 250));
  }
  await close();
  throw new Error(`astro dev did not answer within ${readyTimeoutMs / 1000} s:\n${output}`);
}
