/**
 * `npm run bench -- --dev --articles N [--edits K]`: how long an edit takes to show in the browser
 * with `npm run dev` on an archive of N articles. Starts `astro dev` on the generated corpus, opens
 * an article page in Chromium, then K times appends a sentence to the article's file and measures
 * from the write until the open page shows it (Astro reloads the page itself once the content
 * store changed). Prints each latency and their median, then one JSON line.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { launchBrowser } from "../support/chromium.ts";
import { startDevServer } from "../support/site.ts";
import { writeCorpus, type CorpusOptions } from "./corpus.ts";
import { median, millis, seconds } from "./report.ts";

/** Sentences appended one per edit, each new to the corpus. */
const MARKERS = ["编辑部补充说明第一条", "编辑部补充说明第二条", "编辑部补充说明第三条", "编辑部补充说明第四条"];
/** An edit that does not show within this long counts as not shown. */
const SHOW_TIMEOUT_MS = 60_000;

export type DevBenchOptions = {
  readonly articles: number;
  readonly edits: number;
  readonly seed: number;
  readonly work: string;
  readonly corpus: CorpusOptions;
};

async function shownAfter(page: Page, file: string, original: string, marker: string): Promise<number> {
  const shown = page.waitForFunction((text) => document.body.innerText.includes(text), marker, {
    timeout: SHOW_TIMEOUT_MS,
    polling: 20,
  });
  const start = performance.now();
  writeFileSync(file, `${original.trimEnd()}${marker}。\n`);
  await shown;
  return performance.now() - start;
}

export async function runDevBench(options: DevBenchOptions): Promise<void> {
  const corpusDir = join(options.work, "corpus");
  rmSync(options.work, { recursive: true, force: true });
  const corpus = await writeCorpus(corpusDir, options.articles, options.seed, options.corpus);
  const article = corpus.articles[Math.floor(corpus.articles.length / 2)];
  if (article === undefined) throw new Error("empty corpus");
  const file = join(corpusDir, article.file);
  const original = readFileSync(file, "utf8");
  console.log(`dev bench: ${options.articles} articles, ${options.edits} edits of ${article.file}`);

  let start = performance.now();
  const server = await startDevServer({
    contentDir: corpusDir,
    cacheDir: join(options.work, "cache"),
    readyTimeoutMs: 30 * 60_000,
  });
  const readyMs = performance.now() - start;
  const browser = await launchBrowser();
  const latencies: number[] = [];
  try {
    const page = await browser.newPage();
    start = performance.now();
    // The Simplified edition shows the appended Simplified sentences as written, whatever the article's script.
    await page.goto(`${server.url}/zh-hans/${article.slug}`, {
      timeout: 10 * 60_000,
    });
    const firstPageMs = performance.now() - start;
    console.log(`dev server ready in ${seconds(readyMs)}; first article page in ${seconds(firstPageMs)}`);
    for (const marker of MARKERS.slice(0, options.edits)) {
      const ms = await shownAfter(page, file, original, marker);
      latencies.push(ms);
      console.log(`  edit shown after ${millis(ms)}`);
      // Let the page settle before the next edit.
      await page.waitForTimeout(1_000);
    }
    console.log(`median: ${millis(median(latencies))} (target ≤ 1 s)`);
    console.log(
      JSON.stringify({
        bench: "dev",
        articles: options.articles,
        readyMs,
        firstPageMs,
        latencies,
        median: median(latencies),
      }),
    );
  } finally {
    writeFileSync(file, original);
    await browser.close();
    await server.close();
    rmSync(options.work, { recursive: true, force: true });
  }
}
