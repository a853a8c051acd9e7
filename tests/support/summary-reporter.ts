/**
 * Prints a plain closing line that any CI log reader understands, with the same counts as
 * Vitest's own summary: tests ("Tests  4 failed | 150 passed") and, separately, test files
 * ("Test Files  1 failed | 19 passed"), since a file that fails before running any test (an
 * import error, a failing hook) counts as a failed file, not as a failed test.
 */
import type { Reporter, SerializedError, TestModule } from "vitest/node";

type Counts = { passed: number; failed: number; expectedFail: number; skipped: number; todo: number };

export function countTests(modules: readonly TestModule[]): Counts {
  const counts: Counts = { passed: 0, failed: 0, expectedFail: 0, skipped: 0, todo: 0 };
  for (const module of modules) {
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (test.options.mode === "todo") counts.todo++;
      else if (test.options.mode === "skip") counts.skipped++;
      else if (state === "failed") counts.failed++;
      else if (state === "passed" && test.options.fails) counts.expectedFail++;
      else if (state === "passed") counts.passed++;
      else counts.skipped++;
    }
  }
  return counts;
}

export function summaryLine(modules: readonly TestModule[], errors: readonly unknown[] = []): string {
  const tests = countTests(modules);
  const files = { passed: 0, failed: 0, skipped: 0 };
  let withoutTests = 0;
  for (const module of modules) {
    const state = module.state();
    if (state === "failed") {
      files.failed++;
      if (![...module.children.allTests()].some((test) => test.result().state === "failed")) withoutTests++;
    } else if (state === "passed") files.passed++;
    else files.skipped++;
  }
  const list = (parts: [number, string][]) =>
    parts
      .filter(([count, label]) => count > 0 || label === "passed" || label === "failed")
      .map(([count, label]) => `${count} ${label}`)
      .join(", ");
  const line = [
    `Tests: ${list([
      [tests.passed, "passed"],
      [tests.failed, "failed"],
      [tests.expectedFail, "expected fail"],
      [tests.skipped, "skipped"],
      [tests.todo, "todo"],
    ])}`,
    `test files: ${list([
      [files.passed, "passed"],
      [files.failed, "failed"],
      [files.skipped, "skipped"],
    ])}${withoutTests > 0 ? ` (${withoutTests} without a failing test, see its error above)` : ""}`,
  ];
  if (errors.length > 0) line.push(`${errors.length} error(s) outside tests`);
  return line.join("; ");
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly SerializedError[]): void {
    process.stdout.write(`\n${summaryLine(testModules, unhandledErrors)}\n`);
  }
}
