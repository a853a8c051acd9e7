/**
 * The build's standard output, buffered when it is not a terminal: every line arrives, in order
 * with what goes to standard error, and none waits long for more output.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const MODULE = fileURLToPath(new URL("../../../src/lib/output/buffered-stdout.ts", import.meta.url));

/** Runs `body` after bufferStdout() in a Node process whose stdout and stderr share one pipe. */
function run(body: string): Promise<{ output: string; chunks: { at: number; text: string }[] }> {
  const script = `import { bufferStdout } from ${JSON.stringify(MODULE)}; bufferStdout(); ${body}`;
  const child = spawn("sh", ["-c", `"$0" --input-type=module -e "$1" 2>&1 | cat`, process.execPath, script]);
  const started = performance.now();
  const chunks: { at: number; text: string }[] = [];
  child.stdout.on("data", (data: Buffer) => chunks.push({ at: performance.now() - started, text: data.toString() }));
  return new Promise((resolve) =>
    child.on("close", () => resolve({ output: chunks.map((chunk) => chunk.text).join(""), chunks })),
  );
}

describe("buffered standard output", () => {
  it("keeps every line, in order with standard error", async () => {
    const { output } = await run(
      `for (let i = 0; i < 5000; i++) console.log("line " + i); console.error("warning"); console.log("after"); process.stdout.write("last, no newline");`,
    );
    const lines = output.split("\n");
    expect(lines.slice(0, 5000)).toEqual(Array.from({ length: 5000 }, (_, i) => `line ${i}`));
    expect(lines.slice(5000)).toEqual(["warning", "after", "last, no newline"]);
  });

  it("writes a line within a fraction of a second when nothing follows it", async () => {
    const { chunks } = await run(`console.log("first"); setTimeout(() => console.log("second"), 1500);`);
    expect(chunks.map((chunk) => chunk.text).join("")).toBe("first\nsecond\n");
    const first = chunks[0]!;
    expect(first.text).toBe("first\n");
    expect(chunks.at(-1)!.at - first.at).toBeGreaterThan(1000);
  });
});
