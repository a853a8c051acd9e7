/**
 * `npm run lighthouse`: builds the site from content/, serves it with nginx (gzip on, as a real
 * host would) and runs Lighthouse (mobile) with Debian Chromium on an article page and an index
 * page in both scripts. Prints the four category scores and every audit that is not perfect.
 */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { startNginx } from "../support/nginx.ts";
import { buildSite } from "../support/site.ts";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../..");
const OUT = ".tmp/lighthouse-site";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const CHROME_FLAGS =
  "--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync";

type Audit = { id: string; score: number | null; scoreDisplayMode: string; displayValue?: string };
type Report = { categories: Record<string, { score: number }>; audits: Record<string, Audit> };

const built = await buildSite({ outDir: OUT });
if (built.code !== 0) throw new Error(`build failed:\n${built.stderr}`);
// An article with a lead photo (the one image that loads at once), as the issue asks.
const articles = readdirSync(join(ROOT, OUT, "zh-hant")).filter((name) => /^\d{4}-.*\.html$/.test(name));
const page =
  articles.find((name) => readFileSync(join(ROOT, OUT, "zh-hant", name), "utf8").includes('fetchpriority="high"')) ??
  articles[0];
const nginx = await startNginx(OUT, "/");
let failed = false;
try {
  for (const path of [`zh-hant/${page}`, `zh-hans/${page}`, "zh-hant/", "zh-hans/"]) {
    const { stdout } = await run(
      join(ROOT, "node_modules/.bin/lighthouse"),
      [
        `${nginx.url}${path}`,
        "--quiet",
        "--output=json",
        `--only-categories=${CATEGORIES.join(",")}`,
        `--chrome-flags=${CHROME_FLAGS}`,
      ],
      { env: { ...process.env, CHROME_PATH: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium" }, maxBuffer: 1 << 28 },
    );
    const report = JSON.parse(stdout) as Report;
    const scores = CATEGORIES.map((category) => Math.round((report.categories[category]?.score ?? 0) * 100));
    failed ||= scores.some((score) => score < 100);
    console.log(`${path.padEnd(40)} ${CATEGORIES.map((c, i) => `${c} ${scores[i]}`).join("  ")}`);
    for (const audit of Object.values(report.audits)) {
      if (
        audit.score !== null &&
        audit.score < 1 &&
        ["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode)
      ) {
        console.log(`    ${audit.id}: ${audit.score}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
      }
    }
  }
} finally {
  await nginx.stop();
}
console.log(
  failed ? "\nNot every score is 100 (Lighthouse varies from run to run on a loaded machine)." : "\nAll scores 100.",
);
