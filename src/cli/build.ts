/**
 * `npm run build`: runs the build (./build-site.ts) in a Node process of its own, started with
 * the memory settings a large archive needs; exits as it does. Node flags and arguments given
 * to this script (`node --cpu-prof src/cli/build.ts`) are passed on.
 *
 * - `--max-semi-space-size=4`: V8's young generation grows to 64 MB by default; most of what a
 *   page render allocates dies young, and a 4 MB one is swept as often as needed. Lowered the build
 *   process's peak by about 120 MB at 4,000 articles (docs/performance.md).
 * - `MIMALLOC_PURGE_DELAY=0`: Rolldown, Vite's bundler, is native code with its own allocator,
 *   which keeps freed memory for a while before returning it; the build process then held the
 *   bundler's working memory while it rendered thousands of pages. Read once, when the bundler is
 *   loaded, hence set here. A value the user set is kept.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const BUILD_NODE_FLAGS = ["--max-semi-space-size=4"] as const;
const BUILD_ENV = { MIMALLOC_PURGE_DELAY: "0" } as const;

const child = spawn(
  process.execPath,
  [
    ...process.execArgv,
    ...BUILD_NODE_FLAGS,
    fileURLToPath(new URL("./build-site.ts", import.meta.url)),
    ...process.argv.slice(2),
  ],
  { stdio: "inherit", env: { ...BUILD_ENV, ...process.env } },
);
// Ctrl-C reaches both processes (one process group); a signal sent to this one alone is passed on.
process.on("SIGINT", () => {});
for (const signal of ["SIGTERM", "SIGHUP"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => {
  process.exitCode = code ?? 1;
});
