/** Debian Chromium driven by playwright-core, headless, for tests and the bench alike (no test runner needed). */
import { chromium, type Browser } from "playwright-core";

const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** CHROMIUM_PATH overrides the browser, e.g. a Playwright-downloaded one on a developer machine. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium", args: CHROMIUM_FLAGS });
}
