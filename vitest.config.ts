import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests each start Chromium; two cores fit two files at a time.
    maxWorkers: 2,
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      // Only browser tests need the built site: its global setup runs when one of them is selected.
      {
        extends: true,
        test: { name: "browser", include: ["tests/browser/**/*.test.ts"], globalSetup: ["tests/global-setup.ts"] },
      },
    ],
  },
});
