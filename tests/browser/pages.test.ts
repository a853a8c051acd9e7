/**
 * Every page type of the default site, as a reader sees it at 320, 390, 768 and 1280 px in light
 * and dark: no sideways scrolling, axe with no violations, no console error (CSP included); the toolbar on one row; reading tools
 * only on articles; share links that are plain URLs and nothing loaded from another host; search
 * results with the query marked and a switch that keeps the query; the 404 page in the reader's
 * edition.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { SEED_SLUG } from "../support/articles.ts";
import { useServedSite } from "../support/browser.ts";
import { decodeQr } from "../support/qr.ts";

const site = useServedSite(() => inject("siteDir"));
const WIDTHS = [320, 390, 768, 1280] as const;
/** axe's default rules, and touch-target size (WCAG 2.2 AA), which Lighthouse checks too. */
const WITH_TARGET_SIZE = { rules: { "target-size": { enabled: true } } };
const SECTION = "zh-hant/category/bao-mi-gong-zuo-dong-tai/";
const PAGES = [
  "zh-hant/",
  "zh-hans/",
  `zh-hant/${SEED_SLUG}.html`,
  `zh-hans/${SEED_SLUG}.html`,
  SECTION,
  "zh-hans/search/?q=保密",
  "zh-hant/about/",
  "404.html",
];

/** How far the page scrolls sideways (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${site.server.url}${path}`);
  if (path.includes("search/?q=")) await page.locator(".np-search-results li").first().waitFor();
}

describe.each(["light", "dark"] as const)("%s scheme", (colorScheme) => {
  it.each(WIDTHS)(
    "every page type fits %i px and passes axe",
    async (width) => {
      const context = await site.browser.newContext({ colorScheme, viewport: { width, height: 800 } });
      const page = await context.newPage();
      const problems: string[] = [];
      // Console errors: a Content-Security-Policy violation (an inline style or script) shows here.
      let current = "";
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`${current}: console error ${message.text()}`);
      });
      for (const path of PAGES) {
        current = path;
        await open(page, path);
        const wide = await overflow(page);
        if (wide > 0) problems.push(`${path}: scrolls sideways by ${wide} px`);
        const { violations } = await new AxeBuilder({ page }).options(WITH_TARGET_SIZE).analyze();
        for (const v of violations) {
          for (const node of v.nodes) problems.push(`${path} ${v.id}: ${node.target.join(" ")}`);
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    },
    300_000,
  );
});

describe("toolbar", () => {
  it("fits one row at 320 px on an article, in both editions", async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 700 } });
    for (const edition of ["zh-hant", "zh-hans"]) {
      await page.goto(`${site.server.url}${edition}/${SEED_SLUG}.html`);
      const tops = await page.$$eval(".np-tools > *:not([hidden])", (items) =>
        items.map((item) => Math.round(item.getBoundingClientRect().top)),
      );
      expect(tops.length).toBe(3);
      expect(new Set(tops).size, `${edition}: ${tops.join(", ")}`).toBe(1);
    }
    await page.close();
  });

  it("offers font size and print on articles only", async () => {
    const page = await site.browser.newPage();
    for (const path of PAGES) {
      await open(page, path);
      const isArticle = path.endsWith(".html") && path !== "404.html";
      expect(await page.locator("input[name=np-font]").count(), path).toBe(isArticle ? 3 : 0);
      expect(await page.locator("[data-np-print]").count(), path).toBe(isArticle ? 1 : 0);
    }
    await page.close();
  });
});

describe("article page", () => {
  it("shows this site's breadcrumb and the original site's path as provenance", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}zh-hans/${SEED_SLUG}.html`);
    expect(await page.locator(".np-breadcrumb li").allInnerTexts()).toEqual(["首页", "保密工作动态"]);
    expect(await page.locator(".np-breadcrumb a").last().getAttribute("href")).toBe(
      "/zh-hans/category/bao-mi-gong-zuo-dong-tai/",
    );
    expect((await page.locator(".np-provenance").innerText()).replace(/\s+/g, "")).toBe(
      "原刊载于国家保密局网站›动态要闻›保密工作动态",
    );
    await page.close();
  });

  it("has share links that are plain URLs, a QR code drawn inline, and loads nothing from another host", async () => {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${site.server.url}zh-hant/${SEED_SLUG}.html`);
    const canonical = await page.locator("link[rel=canonical]").getAttribute("href");
    const title = await page.locator("h1").innerText();
    const links = Object.fromEntries(
      await page.$$eval("[data-np-share]", (anchors) =>
        anchors.map((a) => [a.getAttribute("data-np-share"), a.getAttribute("href")] as const),
      ),
    );
    const param = (href: string | undefined, name: string) => new URL(href ?? "").searchParams.get(name);
    expect(new URL(links["weibo"] ?? "").origin).toBe("https://service.weibo.com");
    expect(param(links["weibo"], "url")).toBe(canonical);
    expect(param(links["weibo"], "title")).toBe(title);
    expect(param(links["line"], "url")).toBe(canonical);
    expect(param(links["facebook"], "u")).toBe(canonical);
    expect(param(links["x"], "url")).toBe(canonical);
    expect(param(links["x"], "text")).toBe(title);
    expect(links["email"]).toBe(
      `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(canonical ?? "")}`,
    );
    // WeChat: a QR code of the page's address, drawn as SVG in the page.
    await page.click(".np-wechat summary");
    const qr = page.locator(".np-wechat svg[role=img]");
    expect(await qr.isVisible()).toBe(true);
    expect(await qr.getAttribute("aria-label")).toBe("本文網址的 QR 碼");
    expect(await decodeQr(site.browser, await qr.evaluate((svg) => svg.outerHTML))).toBe(canonical);
    expect(await page.locator("[data-np-copy]").isVisible()).toBe(true);
    expect(await page.locator("script[src]:not([src^='/'])").count()).toBe(0);
    expect(requests.filter((url) => !url.startsWith(site.server.url))).toEqual([]);
    await page.close();
  });
});

describe("search page", () => {
  it("shows date and section, marks the query's words, and keeps the query when switching edition", async () => {
    const page = await site.browser.newPage();
    // A Traditional query on the Simplified page: the Simplified title is marked.
    await page.goto(`${site.server.url}zh-hans/search/?q=${encodeURIComponent("保密培訓")}`);
    const result = page.locator(".np-search-results li").first();
    await result.waitFor();
    // The query term is marked whole, not cut into the segmenter's words.
    expect(await result.locator("mark").allInnerTexts()).toContain("保密培训");
    const marked = (await result.locator("h2 mark").allInnerTexts()).join("");
    expect(marked).toContain("保密");
    expect(marked).toContain("培训");
    expect(await result.locator(".np-meta").innerText()).toContain("保密工作动态");
    expect(await result.locator("time").getAttribute("datetime")).toBe("2021-12-06");
    expect(await result.locator("time").innerText()).toBe("2021年12月6日");
    const other = await page.locator("a[data-np-edition=zh-hant]").getAttribute("href");
    const url = new URL(other ?? "", site.server.url);
    expect(decodeURIComponent(url.pathname + url.search)).toBe("/zh-hant/search/?q=保密培訓");
    await page.click("a[data-np-edition=zh-hant]");
    await page.locator(".np-search-results li").first().waitFor();
    expect(await page.inputValue("#np-q")).toBe("保密培訓");
    await page.close();
  });
});

describe("404 page", () => {
  const notFound = () => readFileSync(join(inject("siteDir"), "404.html"), "utf8");

  it("shows the reader's edition, with masthead, search and the latest stories", async () => {
    const page = await site.browser.newPage();
    // A static host serves 404.html at the missing address.
    await page.route("**/zh-hans/no-such-article.html", (route) =>
      route.fulfill({ status: 404, contentType: "text/html", body: notFound() }),
    );
    await page.goto(`${site.server.url}zh-hans/no-such-article.html`);
    expect(await page.getAttribute("html", "lang")).toBe("zh-Hans");
    const shown = page.locator("[data-np-404]:not([hidden])");
    expect(await shown.count()).toBe(1);
    expect(await shown.locator("h1").innerText()).toBe("找不到这个页面");
    expect(await shown.locator(".np-brand").innerText()).toBe("新闻印刷");
    expect(await shown.locator("form[role=search]").getAttribute("action")).toBe("/zh-hans/search/");
    expect(await shown.locator(".np-list li").count()).toBeGreaterThan(0);
    expect(await page.title()).toBe("找不到这个页面 · 新闻印刷");
    await page.close();
  });

  it("shows the default edition without JavaScript", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route("**/zh-hans/gone/", (route) =>
      route.fulfill({ status: 404, contentType: "text/html", body: notFound() }),
    );
    await page.goto(`${site.server.url}zh-hans/gone/`);
    expect(await page.locator("[data-np-404]:not([hidden]) h1").innerText()).toBe("找不到這個頁面");
    // …with the way to the reader's own edition.
    expect(await page.locator("[data-np-404]:not([hidden]) a[data-np-edition=zh-hans]").getAttribute("href")).toBe(
      "/zh-hans/",
    );
    await context.close();
  });
});
