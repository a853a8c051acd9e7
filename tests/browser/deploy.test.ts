/**
 * Deployment under a sub-path, for real: a fresh build with SITE and BASE, served by nginx at
 * /news/, crawled from the index; feeds, sitemap, JSON-LD and cross-script search checked.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";
import { check, LinkState } from "linkinator";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, serve, type StaticServer } from "../support/browser.ts";
import { GENERATED, HAIR_SLUG, TYPHOON_SLUG, writeTestCorpus } from "../support/corpus.ts";
import { startNginx, type Nginx } from "../support/nginx.ts";
import { buildSite } from "../support/site.ts";

const SITE = "https://news.example.test";
const BASE = "/news/";
const OUT = ".tmp/test-sites/news";
/** The file a site path is served from: a folder's index.html, or the file itself. */
const fileOf = (path: string) => join(OUT, path.endsWith("/") ? `${path}index.html` : path);
let nginx: Nginx;
let browser: Browser;

beforeAll(async () => {
  const result = await buildSite({ outDir: OUT, contentDir: writeTestCorpus(), base: BASE, site: SITE });
  expect(result.stderr + result.stdout).not.toMatch(/error/i);
  expect(result.code).toBe(0);
  nginx = await startNginx(OUT, BASE);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

/** Crawls every page reachable from `start`; the configured SITE is mapped onto the local server. */
async function crawl(start: string, origin: string) {
  const local = new URL(start).origin;
  const result = await check({
    path: start,
    recurse: true,
    checkCss: true,
    checkFragments: true,
    concurrency: 8,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${origin.replace(/[.]/g, "\\.")}`), replacement: local }],
    linksToSkip: async (link) => !link.startsWith(local) && !link.startsWith(origin),
  });
  const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
  return { broken: broken.map((link) => `${link.status} ${link.url} (from ${link.parent})`), checked: result.links };
}

describe("a site built for a sub-path and served by nginx", () => {
  it("has no broken link or asset anywhere reachable from the index", async () => {
    const { broken, checked } = await crawl(nginx.url, SITE);
    expect(broken).toEqual([]);
    const pages = checked.filter((link) => link.state === LinkState.OK).map((link) => link.url);
    // Both scripts of every article, paginated indexes, categories, feeds and search are reached.
    expect(pages).toContain(`${nginx.url}zh-hant/${TYPHOON_SLUG}.html`);
    expect(pages).toContain(`${nginx.url}zh-hans/${HAIR_SLUG}.html`);
    expect(pages).toContain(`${nginx.url}zh-hant/page/2/`);
    expect(pages.some((url) => url.includes("/zh-hans/category/"))).toBe(true);
    expect(pages).toContain(`${nginx.url}zh-hans/feed.xml`);
    expect(pages.every((url) => !url.startsWith(SITE))).toBe(true);
    expect(checked.filter((link) => link.state === LinkState.OK).length).toBeGreaterThan(GENERATED * 2);
  });

  it("serves the 404 page for missing paths and a robots.txt that names the sitemap", async () => {
    const missing = await fetch(`${nginx.url}zh-hant/no-such-article/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("找不到這個頁面");
    const robots = await (await fetch(`${nginx.url}robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${SITE}${BASE}sitemap.xml`);
  });

  it("publishes a valid RSS 2.0 feed per script with full text", async () => {
    for (const [segment, lang] of [
      ["zh-hant", "zh-Hant"],
      ["zh-hans", "zh-Hans"],
    ] as const) {
      const xml = await (await fetch(`${nginx.url}${segment}/feed.xml`)).text();
      expect(SyntaxValidator.validate(xml)).toBe(true);
      const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
      expect(feed.rss["@_version"]).toBe("2.0");
      const channel = feed.rss.channel;
      expect(channel.title).toBeTruthy();
      expect(channel.description).toBeTruthy();
      expect(channel.link).toBe(`${SITE}${BASE}${segment}/`);
      expect(channel.language).toBe(lang);
      const items = [channel.item].flat();
      expect(items.length).toBe(GENERATED + 3);
      for (const item of items) {
        expect(item.title).toBeTruthy();
        expect(item.link).toMatch(new RegExp(`^${SITE}${BASE}${segment}/[^/]+\\.html$`));
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
        expect(item.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/);
        expect(item["content:encoded"]).toContain("<p>");
      }
    }
    const hant = await (await fetch(`${nginx.url}zh-hant/feed.xml`)).text();
    expect(hant).toContain("颱風過境後的重建工作");
    expect(hant).toContain("老街理髮店的頭髮故事");
  });

  it("has a sitemap with hreflang alternates for both scripts of every page", async () => {
    const index = await (await fetch(`${nginx.url}sitemap.xml`)).text();
    expect(SyntaxValidator.validate(index)).toBe(true);
    const parser = new XMLParser({ ignoreAttributes: false });
    const sitemaps = [parser.parse(index).sitemapindex.sitemap].flat().map((entry) => entry.loc as string);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = [];
    for (const loc of sitemaps) {
      expect(loc.startsWith(`${SITE}${BASE}`)).toBe(true);
      const xml = await (await fetch(loc.replace(SITE, new URL(nginx.url).origin))).text();
      expect(SyntaxValidator.validate(xml)).toBe(true);
      urls.push(...[parser.parse(xml).urlset.url].flat());
    }
    expect(urls.length).toBeGreaterThan((GENERATED + 3) * 2);
    for (const url of urls) {
      const path = (url.loc as string).slice(`${SITE}${BASE}`.length);
      expect(existsSync(fileOf(path)), url.loc).toBe(true);
      const links = [url["xhtml:link"]].flat();
      expect(links.map((link) => link["@_hreflang"]).sort()).toEqual(["zh-Hans", "zh-Hant"]);
      expect(links.map((link) => link["@_href"])).toContain(url.loc);
      for (const link of links) {
        const alternate = (link["@_href"] as string).slice(`${SITE}${BASE}`.length);
        expect(existsSync(fileOf(alternate)), link["@_href"]).toBe(true);
      }
    }
  });

  it("describes articles with NewsArticle JSON-LD and social metadata", async () => {
    const html = await (await fetch(`${nginx.url}zh-hant/${TYPHOON_SLUG}.html`)).text();
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "";
    const data = JSON.parse(json);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "颱風過境後的重建工作",
      datePublished: "2024-09-02",
      inLanguage: "zh-Hant",
      url: `${SITE}${BASE}zh-hant/${TYPHOON_SLUG}.html`,
      sourceOrganization: { "@type": "Organization", name: "中央社" },
    });
    expect(data.publisher.name).toBeTruthy();
    for (const tag of ['property="og:title"', 'property="og:url"', 'name="twitter:card"', 'hreflang="x-default"']) {
      expect(html).toContain(tag);
    }
    expect(html).toContain(`<link rel="canonical" href="${SITE}${BASE}zh-hant/${TYPHOON_SLUG}.html">`);
    expect(html).toContain(`type="application/rss+xml"`);
    const seed = await (await fetch(`${nginx.url}zh-hans/${readSeedSlug()}.html`)).text();
    const seedData = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(seed)?.[1] ?? "{}");
    expect(seedData.isBasedOn).toEqual({ "@type": "CreativeWork", name: "《保密工作》杂志2021年第9期" });
  });

  it("finds articles across scripts and links results to the reader's script", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${nginx.url}zh-hans/search/`);
    expect(requests.some((url) => url.includes("pagefind"))).toBe(false);
    await page.fill("#np-q", "台风");
    await page.press("#np-q", "Enter");
    const result = page.locator(".np-search-results a").first();
    await result.waitFor();
    expect(await result.innerText()).toBe("台风过境后的重建工作");
    expect(await result.getAttribute("href")).toBe(`${BASE}zh-hans/${TYPHOON_SLUG}.html`);

    // A phrase typed without spaces, in the other script, is cut into words like the index was:
    // 市府|动员|人力|清理|街道, all in the Traditional-only article.
    const search = async (query: string) => {
      await page.fill("#np-q", query);
      await page.press("#np-q", "Enter");
      await page.locator(".np-search-status", { hasText: query }).waitFor();
      return page.locator(".np-search-results a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    };
    expect(await search("市府動員人力清理街道")).toEqual([`${BASE}zh-hans/${TYPHOON_SLUG}.html`]);
    // The excerpt comes from the article's text file under the sub-path, the match marked.
    expect(await page.locator(".np-search-results .np-summary mark").count()).toBeGreaterThan(0);
    expect(
      requests.some((url) => new URL(url).pathname.startsWith(`${BASE}pagefind/`) && /\/text\/[^/]+\.json$/.test(url)),
    ).toBe(true);
    // Every word must be found: one word from each of two articles matches neither.
    expect(await search("颱風 理发店")).toEqual([]);
    expect(await page.locator(".np-search-status").innerText()).toBe("找不到与“颱風 理发店”相关的文章。");

    await page.goto(`${nginx.url}zh-hant/search/`);
    await page.fill("#np-q", "頭髮");
    await page.press("#np-q", "Enter");
    await page.locator(".np-search-results a").first().waitFor();
    const links = await page.locator(".np-search-results a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual([`${BASE}zh-hant/${HAIR_SLUG}.html`]);
    expect(await page.locator(".np-search-results a").innerText()).toBe("老街理髮店的頭髮故事");
    expect(requests.every((url) => url.startsWith(new URL(nginx.url).origin))).toBe(true);
    // The Content-Security-Policy lets the search (WebAssembly included) run, with no violation.
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the site built at the root", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(inject("siteDir"));
  });
  afterAll(() => server?.close());

  it("has no broken link or asset", async () => {
    const { broken, checked } = await crawl(server.url, "http://localhost:4321");
    expect(broken).toEqual([]);
    expect(checked.length).toBeGreaterThan(10);
  });
});

function readSeedSlug(): string {
  return readFileSync("tests/support/articles.ts", "utf8").match(/SEED_FILE = "(.+)\.md"/)?.[1] ?? "";
}
