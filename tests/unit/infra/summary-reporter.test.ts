/** The project's closing summary line agrees with Vitest's own counts, failed files included. */
import { execFile } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../../support/site.ts";

const run = promisify(execFile);
const WORK = join(ROOT, ".tmp", `summary-reporter-${process.pid}`);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const FILES: Record<string, string> = {
  "mixed.test.ts": `import { expect, it } from "vitest";
it("passes", () => expect(1).toBe(1));
it("passes too", () => expect(2).toBe(2));
it("fails", () => expect(1).toBe(2));
it.skip("is skipped", () => {});
it.todo("is to do");
it.fails("fails as expected", () => expect(1).toBe(2));`,
  "passing.test.ts": `import { expect, it } from "vitest";
it("passes", () => expect(1).toBe(1));`,
  "broken.test.ts": `import { it } from "vitest";
throw new Error("this module fails on import");
it("never runs", () => {});`,
  "vitest.config.ts": `import { defineConfig } from "vitest/config";
export default defineConfig({ test: { include: ["*.test.ts"], reporters: ["default", ${JSON.stringify(join(ROOT, "tests/support/summary-reporter.ts"))}] } });`,
};

/** "1 failed | 2 passed (3)" → { failed: 1, passed: 2 } */
function counts(text: string): Record<string, number> {
  return Object.fromEntries([...text.matchAll(/(\d+) ([a-z ]+?)(?=,|;| \||$| \()/g)].map((m) => [m[2], Number(m[1])]));
}

describe("summary reporter", () => {
  it("counts tests and test files as Vitest does, a file that fails on import as a failed file", async () => {
    mkdirSync(WORK, { recursive: true });
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(WORK, name), text);
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };
    for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
    const output = await run(process.execPath, [join(ROOT, "node_modules/vitest/vitest.mjs"), "run"], {
      cwd: WORK,
      env,
    }).then(
      () => {
        throw new Error("the run should fail");
      },
      (error: { stdout: string }) => error.stdout,
    );
    const vitestTests = /^\s+Tests\s+(.*)$/m.exec(output)?.[1] ?? "";
    const vitestFiles = /^\s*Test Files\s+(.*)$/m.exec(output)?.[1] ?? "";
    const ours = /^Tests: (.*); test files: (.*)$/m.exec(output);
    expect(counts(vitestTests)).toEqual({ failed: 1, passed: 3, "expected fail": 1, skipped: 1, todo: 1 });
    expect(counts(ours?.[1] ?? "")).toEqual(counts(vitestTests));
    expect(counts(vitestFiles)).toEqual({ failed: 2, passed: 1 });
    expect(counts(ours?.[2] ?? "")).toEqual({ ...counts(vitestFiles), "without a failing test": 1 });
  }, 60_000);
});
