import { defineConfig } from "vitest/config";

/** Runs `astro dev` in the project root, whose `.astro/` every build in the checkout also writes: alone, last. */
const DEV_SERVER_TESTS = "tests/browser/dev-errors.test.ts";

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
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          exclude: [DEV_SERVER_TESTS],
          globalSetup: ["tests/global-setup.ts"],
        },
      },
      { extends: true, test: { name: "dev", include: [DEV_SERVER_TESTS], sequence: { groupOrder: 1 } } },
    ],
  },
});
