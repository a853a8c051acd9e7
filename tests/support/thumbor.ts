/**
 * A real Thumbor (vendored 7.5.2, tests/support/thumbor/) on loopback, run by Debian's Python 3:
 * PIL engine, http loader limited to one origin, signed URLs only, no storage, only the format and
 * quality filters.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { ROOT } from "./site.ts";

/** Debian's interpreter (the one its python3-* packages are installed for), not a pyenv one on PATH. */
export const DEBIAN_PYTHON = "/usr/bin/python3";
const RUNNER = join(ROOT, "tests/support/thumbor/run_thumbor.py");

export type Thumbor = { readonly url: string; output: () => string; close: () => Promise<void> };

/** Whether Debian's Python with Thumbor's dependencies (.ci/run installs them) is present. */
export function hasThumborDependencies(): boolean {
  return existsSync(DEBIAN_PYTHON) && existsSync("/usr/lib/python3/dist-packages/libthumbor");
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

const pythonString = (text: string) => JSON.stringify(text);

/** Starts Thumbor; `origin` is the only place its http loader may fetch originals from. */
export async function startThumbor(options: { key: string; origin: string; workDir: string }): Promise<Thumbor> {
  mkdirSync(options.workDir, { recursive: true });
  const conf = join(options.workDir, "thumbor.conf");
  const escapedOrigin = options.origin.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  writeFileSync(
    conf,
    [
      "import re",
      `SECURITY_KEY = ${pythonString(options.key)}`,
      "ALLOW_UNSAFE_URL = False",
      'LOADER = "thumbor.loaders.http_loader"',
      `ALLOWED_SOURCES = [re.compile(${pythonString(`^${escapedOrigin}/`)})]`,
      'STORAGE = "thumbor.storages.no_storage"',
      "RESULT_STORAGE = None",
      'ENGINE = "thumbor.engines.pil"',
      "DETECTORS = []",
      "OPTIMIZERS = []",
      'FILTERS = ["thumbor.filters.format", "thumbor.filters.quality"]',
      "",
    ].join("\n"),
  );
  const port = await freePort();
  const child = spawn(DEBIAN_PYTHON, [RUNNER, "--ip", "127.0.0.1", "--port", String(port), "--conf", conf], {
    cwd: options.workDir,
    env: { PATH: "/usr/bin:/bin", PYTHONDONTWRITEBYTECODE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const url = `http://127.0.0.1:${port}/`;
  const close = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      const timeout = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timeout);
    }
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Thumbor exited:\n${output}`);
    const ready = await fetch(`${url}healthcheck`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, output: () => output, close };
    await new Promise((done) => setTimeout(done, 200));
  }
  await close();
  throw new Error(`Thumbor did not answer within 30 s:\n${output}`);
}
