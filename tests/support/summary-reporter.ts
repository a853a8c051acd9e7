/** Prints a plain "N passed, N failed" closing line that any CI log reader understands. */
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
    }
    const failedModules = testModules.filter((module) => module.state() === "failed").length;
    process.stdout.write(
      `\n${passed} passed, ${failed + failedModules} failed${skipped ? `, ${skipped} skipped` : ""}\n`,
    );
  }
}
