/**
 * `astro dev`: an edit to an article reaches the open page with one reload (the page reads the
 * collection the loader synced, not Astro's store file, whose later write reloads nothing), a page
 * asked for while the edit is syncing waits for it and shows it, and a page served before the edit
 * that connects to the dev server only after the edit's reload was sent is reloaded once it does.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { ROOT, startDevServer, type DevServer } from "../support/site.ts";

const WORK = join(ROOT, ".tmp/dev-edit");
const CONTENT = join(WORK, "content");
const ARTICLE = join(CONTENT, "qingdao.md");
const text = (body: string) => `---\ntitle: 青岛保密培训\ndate: 2021-12-06\nsource: 宣传教育司\n---\n\n${body}\n`;
const WAIT = { timeout: 30_000 };
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

let server: DevServer;
let browser: Browser;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(CONTENT, { recursive: true });
  writeFileSync(ARTICLE, text("青岛市保密局近日举办保密培训。"));
  writeFileSync(
    join(CONTENT, "jinan.md"),
    "---\ntitle: 济南保密宣传\ndate: 2021-12-07\nsource: 宣传教育司\n---\n\n济南市保密局开展宣传活动。\n",
  );
  [server, browser] = await Promise.all([
    startDevServer({ contentDir: CONTENT, cacheDir: join(WORK, "cache") }),
    launchBrowser(),
  ]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(WORK, { recursive: true, force: true });
});

const url = () => `${server.url}/zh-hans/qingdao`;
// As a browser asks for a page.
const html = async () => (await fetch(url(), { headers: { accept: "text/html" } })).text();

/** Writes the article with `marker` in it and waits until the dev server serves it. */
async function edited(marker: string): Promise<void> {
  writeFileSync(ARTICLE, text(`青岛市保密局近日举办保密培训，${marker}。`));
  await served(marker);
}

/** Waits until the dev server serves `marker` in the article page. */
async function served(marker: string): Promise<void> {
  const deadline = Date.now() + WAIT.timeout;
  while (Date.now() < deadline) {
    if ((await html()).includes(marker)) return;
    await sleep(100);
  }
  throw new Error(`${marker} never served\n--- astro dev ---\n${server.output().slice(-4000)}`);
}

it("shows an edit in the open page with one reload", async () => {
  const page = await browser.newPage();
  await page.goto(url());
  // Connected to the dev server (the reload after start-up, if any, done).
  await page.waitForLoadState("networkidle");
  await sleep(1_500);
  let loads = 0;
  page.on("framenavigated", (frame) => frame === page.mainFrame() && loads++);
  writeFileSync(ARTICLE, text("青岛市保密局近日举办保密培训，为期一天。"));
  await page.waitForFunction(() => document.body.innerText.includes("为期一天"), undefined, WAIT);
  // Astro writes its store file 500 ms after the sync, and would reload the page again.
  await sleep(3_000);
  expect(loads).toBe(1);
  await page.close();
}, 60_000);

it("makes a page asked for during the edit's sync wait for it", async () => {
  await edited("为期两天");
  await sleep(300);
  writeFileSync(ARTICLE, text("青岛市保密局近日举办保密培训，为期两天半。"));
  // The watcher reports the change within milliseconds; the sync starts 50 ms after the last one.
  await sleep(45);
  expect(await html()).toContain("为期两天半");
}, 60_000);

it("reloads a page served before an edit that connects after the edit's reload", async () => {
  await edited("为期三天");
  // Another page is open, so the dev server sends the edit's reload at once, to it alone.
  const other = await browser.newPage();
  await other.goto(`${server.url}/zh-hans/jinan`);
  await other.waitForLoadState("networkidle");
  const page = await browser.newPage();
  let release = () => {};
  const released = new Promise<void>((done) => (release = done));
  // The page's connection to the dev server waits until the edit has been synced and announced.
  await page.route(/\/@vite\/client/, async (route) => {
    await released;
    await route.continue();
  });
  // Its scripts wait, and with them the DOMContentLoaded event; the text is there.
  await page.goto(url(), { waitUntil: "commit" });
  await page.waitForFunction(() => document.body?.innerText.includes("为期三天"), undefined, WAIT);
  writeFileSync(ARTICLE, text("青岛市保密局近日举办保密培训，为期四天。"));
  await served("为期四天");
  release();
  await page.waitForFunction(() => document.body.innerText.includes("为期四天"), undefined, WAIT);
  await Promise.all([page.close(), other.close()]);
}, 60_000);
