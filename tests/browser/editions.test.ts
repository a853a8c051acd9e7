/**
 * A site with three editions (zh-Hant-TW, zh-Hant-HK, zh-Hans) built from one configuration file
 * (tests/fixtures/sites/three-editions.json): every page exists in every edition with its own
 * lang, hreflang, switch, feed and sitemap entry; the root sends Hong Kong readers to the Hong
 * Kong edition; search finds articles across scripts and regional vocabulary.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serve, type StaticServer } from "../support/browser.ts";
import { fixtureSite, fixtureSiteDir } from "../support/fixture-sites.ts";

const OUT = fixtureSiteDir("three-editions");
const EDITIONS = [
  { id: "zh-hant", lang: "zh-Hant-TW", label: "繁" },
  { id: "zh-hant-hk", lang: "zh-Hant-HK", label: "港" },
  { id: "zh-hans", lang: "zh-Hans", label: "简" },
] as const;
const AI = "ai-software";
const TYPHOON = "typhoon-taiwan";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve((await fixtureSite("three-editions")).dir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

describe("a three-edition site", () => {
  it("publishes every article in every edition with its lang, hreflang, canonical and switch", async () => {
    const page = await browser.newPage();
    for (const edition of EDITIONS) {
      await page.goto(`${server.url}${edition.id}/${AI}.html`);
      expect(await page.getAttribute("html", "lang")).toBe(edition.lang);
      expect(await page.locator("link[rel=canonical]").getAttribute("href")).toBe(
        `https://news.example.org/${edition.id}/${AI}.html`,
      );
      for (const other of EDITIONS) {
        expect(await page.locator(`link[rel=alternate][hreflang="${other.lang}"]`).getAttribute("href")).toBe(
          `https://news.example.org/${other.id}/${AI}.html`,
        );
      }
      expect(await page.locator('link[rel=alternate][hreflang="x-default"]').count()).toBe(1);
      // The switch lists every edition; the current one is marked, the others link to this page.
      expect(await page.locator(".np-switch li").allInnerTexts()).toEqual(EDITIONS.map((e) => e.label));
      expect(await page.locator(".np-switch [aria-current]").innerText()).toBe(edition.label);
      for (const other of EDITIONS.filter((e) => e !== edition)) {
        const link = page.locator(`.np-switch a[data-np-edition="${other.id}"]`);
        expect(await link.getAttribute("href")).toBe(`/${other.id}/${AI}.html`);
        expect(await link.getAttribute("lang")).toBe(other.lang);
      }
    }
    await page.close();
  });

  it("converts each edition to its own standard, house style and quotation marks", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}zh-hans/${AI}.html`);
    expect(await text(page, "article section")).toContain(
      "研究人员说：“这套软件里面的‘智能助教’已经用于台湾三所学校。”",
    );
    await page.goto(`${server.url}zh-hant/${AI}.html`);
    const taiwan = await text(page, "article section");
    // Taiwan standard with the house style 臺 → 台, corner quotes nested correctly.
    expect(taiwan).toContain("研究人員說：「這套軟件裡面的『智能助教』已經用於台灣三所學校。」");
    expect(taiwan).toContain("用著它");
    await page.goto(`${server.url}zh-hant-hk/${AI}.html`);
    const hongKong = await text(page, "article section");
    // Hong Kong standard: 説, 裏, 着.
    expect(hongKong).toContain("研究人員説：「這套軟件裏面的『智能助教』已經用於台灣三所學校。」");
    expect(hongKong).toContain("用着它");
    // The Traditional article keeps its text in the Taiwan edition and converts into the others.
    await page.goto(`${server.url}zh-hans/${TYPHOON}.html`);
    expect(await text(page, "h1")).toBe("台风过后 软体工程师协助灾区重建");
    expect(await text(page, "article section")).toContain("志工表示：“大家只想尽快恢复正常生活。”");
    await page.close();
  });

  it("sends readers at the root to their region's edition", async () => {
    for (const [locale, id] of [
      ["zh-HK", "zh-hant-hk"],
      ["zh-MO", "zh-hant-hk"],
      ["zh-TW", "zh-hant"],
      ["zh-CN", "zh-hans"],
      ["en-US", "zh-hant"],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForURL(`${server.url}${id}/`);
      await context.close();
    }
  });

  it("finds articles whichever script and region's vocabulary the query uses", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const search = async (edition: string, query: string) => {
      await page.goto(`${server.url}${edition}/search/?q=${encodeURIComponent(query)}`);
      await page.locator(".np-search-status").filter({ hasText: /\S/ }).waitFor();
      return page.locator(".np-search-results a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    };
    // 人工智慧 (Taiwan) finds 人工智能 (mainland) and the other way round; 軟體 finds 软件.
    expect(await search("zh-hant-hk", "人工智慧")).toEqual(expect.arrayContaining([`/zh-hant-hk/${AI}.html`]));
    expect(await search("zh-hans", "人工智能")).toEqual(
      expect.arrayContaining([`/zh-hans/${AI}.html`, `/zh-hans/${TYPHOON}.html`]),
    );
    expect(await search("zh-hant", "软件")).toEqual(
      expect.arrayContaining([`/zh-hant/${AI}.html`, `/zh-hant/${TYPHOON}.html`]),
    );
    expect(await search("zh-hans", "颱風")).toEqual([`/zh-hans/${TYPHOON}.html`]);
    // Results show the reader's edition.
    expect(await page.locator(".np-search-results a").first().innerText()).toBe("台风过后 软体工程师协助灾区重建");
    await context.close();
  });

  it("writes a feed per edition and sitemap alternates for every edition", () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const edition of EDITIONS) {
      const xml = readFileSync(join(OUT, edition.id, "feed.xml"), "utf8");
      expect(XMLValidator.validate(xml)).toBe(true);
      const channel = parser.parse(xml).rss.channel;
      expect(channel.language).toBe(edition.lang);
      expect(channel.item).toHaveLength(2);
    }
    const sitemap = readFileSync(join(OUT, "sitemap-0.xml"), "utf8");
    expect(XMLValidator.validate(sitemap)).toBe(true);
    const urls = parser.parse(sitemap).urlset.url as { loc: string; "xhtml:link": { "@_hreflang": string }[] }[];
    const article = urls.find((url) => url.loc === `https://news.example.org/zh-hant-hk/${AI}.html`);
    expect(article?.["xhtml:link"].map((link) => link["@_hreflang"])).toEqual(EDITIONS.map((e) => e.lang));
    expect(urls.filter((url) => url.loc.endsWith(`/${AI}.html`))).toHaveLength(3);
  });
});
