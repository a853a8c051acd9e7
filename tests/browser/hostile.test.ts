/**
 * A site built from one article full of hostile content: in Chromium, no payload runs, no dialog
 * opens and no request leaves for another host, in both scripts.
 */
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serve, type StaticServer } from "../support/browser.ts";
import { buildSite, ROOT } from "../support/site.ts";

const WORK = join(ROOT, ".tmp/hostile-site");
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(WORK, "content"), { recursive: true });
  for (const name of ["hostile.md", "hostile-metadata.md", "lead.png"]) {
    copyFileSync(join(ROOT, "tests/fixtures/hostile", name), join(WORK, "content", name));
  }
  const result = await buildSite({ outDir: relative(ROOT, join(WORK, "out")), contentDir: join(WORK, "content") });
  if (result.code !== 0) throw new Error(`Hostile site build failed:\n${result.stdout}\n${result.stderr}`);
  server = await serve(join(WORK, "out"));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(WORK, { recursive: true, force: true });
});

describe.each(["zh-hant", "zh-hans"])("hostile article, %s", (segment) => {
  it("runs no payload and sends no request to another host", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const path of [`${segment}/hostile/`, `${segment}/`]) {
      await page.goto(`${server.url}${path}`, { waitUntil: "load" });
      // Give timers, lazy loads and toggles a moment to fire; hover and click everything.
      for (const element of await page.locator("article *").all())
        await element.hover({ force: true, timeout: 1000 }).catch(() => {});
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    }
    expect(dialogs).toEqual([]);
    const origin = new URL(server.url).origin;
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(requests.filter((url) => url.includes("marker.invalid"))).toEqual([]);
    await page.close();
  });

  it("runs nothing from tags, authors, sections and photo texts, on the article and their pages", async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${server.url}${segment}/hostile-metadata.html`, { waitUntil: "load" });
    expect(await page.locator("figcaption").innerText()).toContain("<script>window.__pwned='caption'</script>");
    // Tags, authors and the section link to their own pages: visit each, as a reader would.
    const links = await page
      .locator(`a[href*="/${segment}/tag/"], a[href*="/${segment}/author/"], a[href*="/${segment}/category/"]`)
      .evaluateAll((anchors) => [...new Set(anchors.map((a) => (a as HTMLAnchorElement).href))]);
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const href of links) {
      expect(new URL(href).pathname).toMatch(/^\/zh-han[st]\/(tag|author|category)\/[a-z0-9-]+\/$/);
      const response = await page.goto(href, { waitUntil: "load" });
      expect(response?.status(), href).toBe(200);
      for (const element of await page.locator("main *").all())
        await element.hover({ force: true, timeout: 500 }).catch(() => {});
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    }
    expect(await page.locator("h1").first().innerText()).not.toBe("");
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("shows front-matter HTML as text and keeps no live markup in the article", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${segment}/hostile/`);
    expect(await page.locator("h1").innerText()).toMatch(
      /^<script>window\.__pwned='title'<\/script>(恶意标题|惡意標題)<img src=x/,
    );
    expect(await page.title()).toContain("<script>window.__pwned='title'</script>");
    expect(await page.locator(".np-meta").innerText()).toContain("<img src=x onerror=");
    const live = await page.evaluate(() => {
      const found: string[] = [];
      const article = document.querySelector("article");
      for (const element of article?.querySelectorAll("*") ?? []) {
        if (/^(script|style|iframe|object|embed|form|input|button|meta|base|link|svg|math)$/i.test(element.localName)) {
          found.push(element.localName);
        }
        for (const attribute of element.attributes) {
          if (/^on|^(style|srcdoc|formaction|action|srcset)$/i.test(attribute.name))
            found.push(`${element.localName}[${attribute.name}]`);
          if (/^(href|src)$/i.test(attribute.name)) {
            const protocol = new URL(attribute.value, location.href).protocol;
            if (!["http:", "https:", "mailto:"].includes(protocol))
              found.push(`${element.localName}[${attribute.name}=${protocol}]`);
          }
        }
      }
      // Named elements must not clobber globals such as window.__pwned.
      if ("__pwned" in window) found.push("window.__pwned");
      return found;
    });
    expect(live).toEqual([]);
    // Clicking every link in the article goes nowhere dangerous.
    for (const link of await page.locator("article a").all())
      await link.click({ timeout: 1000, noWaitAfter: true }).catch(() => {});
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await page.close();
  });
});
