/**
 * `astro dev` with a content folder of its own: an article with an error shows the error in the
 * browser (Astro's overlay: file, line, column and what to fix), for an article that was fine
 * before and for a new one, and the page comes back by itself once the files are fixed.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { ROOT, startDevServer, type DevServer } from "../support/site.ts";

const WORK = join(ROOT, ".tmp/dev-errors");
const CONTENT = join(WORK, "content");
const GOOD = "---\ntitle: 青岛保密培训\ndate: 2021-12-06\nsource: 宣传教育司\n---\n\n青岛市保密局近日举办保密培训。\n";
const BAD_DATE = GOOD.replace("2021-12-06", "2021-02-30");
const NEW_GOOD = "---\ntitle: 济南保密宣传\ndate: 2021-12-07\nsource: 宣传教育司\n---\n\n济南市保密局开展宣传活动。\n";
const BROKEN_YAML =
  "---\ntitle: 济南保密宣传\ndate: 2021-12-07\nsource: [宣传教育司\n---\n\n济南市保密局开展宣传活动。\n";
/** Bounded waits: the dev server re-syncs within a second; a loaded machine may take longer. */
const WAIT = { timeout: 30_000 };

let server: DevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(CONTENT, { recursive: true });
  writeFileSync(join(CONTENT, "qingdao.md"), GOOD);
  [server, browser] = await Promise.all([
    startDevServer({ contentDir: CONTENT, cacheDir: join(WORK, "cache") }),
    launchBrowser(),
  ]);
  page = await browser.newPage();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(WORK, { recursive: true, force: true });
});

const overlay = () => page.locator("vite-error-overlay");

/** Waits for the overlay to go; if it stays, fails with what the page and the server show. */
async function overlayGone(): Promise<void> {
  try {
    await page.waitForFunction(() => document.querySelector("vite-error-overlay") === null, undefined, WAIT);
  } catch (error) {
    const shown = await overlay()
      .locator("#message-content")
      .textContent()
      .catch(() => "");
    throw new Error(`The overlay stayed: ${shown}\n--- astro dev ---\n${server.output().slice(-4000)}`, {
      cause: error,
    });
  }
}

describe("content errors under astro dev", () => {
  it("shows an article that breaks, in the open page and on reload, then the fixed article", async () => {
    await page.goto(`${server.url}/zh-hans/qingdao.html`);
    await expect.poll(() => page.locator("h1").first().textContent(), WAIT).toContain("青岛保密培训");

    writeFileSync(join(CONTENT, "qingdao.md"), BAD_DATE);
    // The open page gets the error pushed to it, without a reload.
    await overlay().locator("#code h2").waitFor(WAIT);
    expect(await overlay().locator("#code h2").textContent()).toBe("content/qingdao.md:3:7");
    expect(await overlay().locator("#message-content").textContent()).toContain(
      '.tmp/dev-errors/content/qingdao.md:3:7: "date" is not a real calendar day: check the month and day.',
    );
    // Reloading does not bring back the last good version: the error page is served instead.
    const response = await page.reload();
    expect(response?.status()).toBe(500);
    await overlay().locator("#code h2").waitFor(WAIT);
    expect(await overlay().locator("#code h2").textContent()).toBe("content/qingdao.md:3:7");
    expect(await overlay().locator("#code-content").textContent()).toContain("date: 2021-02-30");
    expect(server.output()).toContain('qingdao.md:3:7: error: "date" is not a real calendar day');

    writeFileSync(join(CONTENT, "qingdao.md"), GOOD);
    // Fixed: the page reloads by itself and shows the article.
    await overlayGone();
    await expect.poll(() => page.locator("h1").first().textContent(), WAIT).toContain("青岛保密培训");
  });

  it("shows a new article's error in place of a 404, until it is fixed", async () => {
    writeFileSync(join(CONTENT, "jinan.md"), BROKEN_YAML);
    await expect.poll(async () => (await page.goto(`${server.url}/zh-hans/jinan.html`))?.status(), WAIT).toBe(500);
    await overlay().locator("#code h2").waitFor(WAIT);
    expect(await overlay().locator("#code h2").textContent()).toMatch(/^content\/jinan\.md:4:\d+$/);
    expect(await overlay().locator("#message-content").textContent()).toMatch(
      /\.tmp\/dev-errors\/content\/jinan\.md:4:\d+: .+/,
    );

    writeFileSync(join(CONTENT, "jinan.md"), NEW_GOOD);
    await overlayGone();
    await expect.poll(() => page.locator("h1").first().textContent(), WAIT).toContain("济南保密宣传");
    expect((await page.goto(`${server.url}/zh-hans/jinan.html`))?.status()).toBe(200);
  });

  it("reloads an error page whose fix landed before its connection to the dev server opened", async () => {
    const syncs = () => server.output().match(/\d+ articles \(\d+ parsed, \d+ cached\)/g)?.length ?? 0;
    writeFileSync(join(CONTENT, "qingdao.md"), BAD_DATE);
    await expect.poll(async () => (await page.goto(`${server.url}/zh-hans/qingdao.html`))?.status(), WAIT).toBe(500);

    // A fresh page whose hot-reload connection is held until the fix has been synced.
    const late = await browser.newPage();
    let open = (): void => undefined;
    const opened = new Promise<void>((done) => (open = done));
    await late.routeWebSocket(/./, (socket) => {
      const held: (string | Buffer)[] = [];
      let upstream: ReturnType<typeof socket.connectToServer> | undefined;
      socket.onMessage((message) => (upstream === undefined ? held.push(message) : upstream.send(message)));
      void opened.then(() => {
        upstream = socket.connectToServer();
        upstream.onMessage((message) => socket.send(message));
        for (const message of held) upstream.send(message);
      });
    });
    try {
      expect((await late.goto(`${server.url}/zh-hans/qingdao.html`))?.status()).toBe(500);
      await late.locator("vite-error-overlay").waitFor(WAIT);
      const before = syncs();
      writeFileSync(join(CONTENT, "qingdao.md"), GOOD);
      await expect.poll(syncs, WAIT).toBeGreaterThan(before);
      open();
      await late.waitForFunction(() => document.querySelector("vite-error-overlay") === null, undefined, WAIT);
      await expect.poll(() => late.locator("h1").first().textContent(), WAIT).toContain("青岛保密培训");
    } finally {
      await late.close();
    }
  });
});
