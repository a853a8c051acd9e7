/**
 * A news site with photos (tests/fixtures/newsroom/): lead photos and body figures through Astro's
 * image pipeline (WebP with a fallback, width and height set, lazy below the lead), captions
 * and credits, the front page, section, tag and author pages, related stories, an unreadable image
 * reported and survived, and printing: photos never split, the page address never alone.
 * Every page type at 320, 390, 768 and 1280 px, light and dark: no sideways scrolling, axe clean.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FRONT_MATTER_KEYS } from "../../src/lib/article/schema.ts";
import { launchBrowser, serve, type StaticServer } from "../support/browser.ts";
import { fixtureSite, fixtureSiteDir } from "../support/fixture-sites.ts";
import { ROOT, type BuildResult } from "../support/site.ts";

const OUT = fixtureSiteDir("newsroom");
const WIDTHS = [320, 390, 768, 1280] as const;
/** axe's default rules, and touch-target size (WCAG 2.2 AA), which Lighthouse checks too. */
const WITH_TARGET_SIZE = { rules: { "target-size": { enabled: true } } };
/** The parser reads photos, tags and authors from front matter once the content model has them. */
const MODEL_READY = ["image", "tags", "authors", "category"].every((key) => FRONT_MATTER_KEYS.includes(key));

let server: StaticServer;
let browser: Browser;
let build: BuildResult;

beforeAll(async () => {
  if (!MODEL_READY) return;
  const site = await fixtureSite("newsroom");
  build = site.build;
  server = await serve(site.dir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = [
  "zh-hant/",
  "zh-hans/",
  "zh-hant/typhoon.html",
  "zh-hans/harbour.html",
  "zh-hans/market.html",
  "zh-hant/broken-photo.html",
  "zh-hant/tag/fang-zai/",
  "zh-hans/author/wang-xiao-ming/",
];

async function openPage(path: string, options: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

describe.skipIf(!MODEL_READY)("newsroom site", () => {
  it("names the article and the image it could not read, and builds the rest", () => {
    const log = `${build.stdout}\n${build.stderr}`;
    expect(log).toMatch(
      /broken-photo\.md:\d+:\d+: warning: Lead photo "[^"]*media\/broken\.jpg".*\[image-unreadable-format\]/,
    );
    expect(readFileSync(join(OUT, "zh-hant/broken-photo.html"), "utf8")).not.toContain("<picture");
  });

  it("gives every photo WebP sources (the default formats), a fallback, width and height; only the lead loads at once", async () => {
    const page = await openPage("zh-hant/typhoon.html");
    const figures = await page.$$eval("article figure", (items) =>
      items.map((figure) => {
        const img = figure.querySelector("img");
        return {
          types: [...figure.querySelectorAll("source")].map((source) => source.type),
          srcset: figure.querySelector("source")?.getAttribute("srcset") ?? "",
          width: img?.getAttribute("width"),
          height: img?.getAttribute("height"),
          loading: img?.getAttribute("loading"),
          alt: img?.getAttribute("alt"),
          caption: figure.querySelector("figcaption")?.textContent?.trim() ?? "",
          fallback: img?.getAttribute("src") ?? "",
        };
      }),
    );
    expect(figures.length).toBe(3);
    for (const figure of figures) {
      // The default `photos.formats`: WebP, with the JPEG/PNG fallback.
      expect(figure.types).toEqual(["image/webp"]);
      expect(figure.srcset).toMatch(/\.webp 360w/);
      expect(Number(figure.width)).toBeGreaterThan(0);
      expect(Number(figure.height)).toBeGreaterThan(0);
      expect(figure.fallback).toMatch(/^\/_astro\/.+\.(jpg|png)$/);
    }
    expect(figures.map((figure) => figure.loading)).toEqual([null, "lazy", "lazy"]);
    expect(figures[0]?.alt).toBe("強風中的高雄港邊，海浪拍打堤岸");
    expect(figures[0]?.caption).toContain("颱風登陸前，高雄港邊浪高數米。");
    expect(figures[0]?.caption).toContain("中央社記者林怡君攝");
    expect(figures[1]?.caption).toContain("前鎮區一處路口積水及膝");
    // Nothing from another host, and no image larger than the column it is drawn in (a lazy image not
    // yet loaded has no currentSrc; its src is checked above).
    expect(
      await page.$$eval(
        "img",
        (images) => images.filter((img) => img.currentSrc !== "" && !img.currentSrc.startsWith(location.origin)).length,
      ),
    ).toBe(0);
    await page.context().close();
  });

  it("gives feed readers every photo as an image of this site, never a path of the build machine", () => {
    const feed = readFileSync(join(OUT, "zh-hans/feed.xml"), "utf8");
    const item = feed.split("<item>").find((text) => text.includes("/zh-hans/market.html"));
    expect(item).toBeDefined();
    const html = (item ?? "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
    const sources = [...html.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? "");
    // The body's two images (the lead photo comes first when the article has one).
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const src of sources) {
      const url = new URL(src);
      expect(url.origin).toBe("https://news.example.org");
      expect(existsSync(join(OUT, decodeURIComponent(url.pathname)))).toBe(true);
    }
    expect(html).toContain('alt="展销会现场，市民在摊位前选购水果"');
    expect(html).not.toContain("data-np-src");
    expect(html).not.toContain(ROOT);
    // An image the pipeline could not read is left out of the feed, path and all.
    expect(readFileSync(join(OUT, "zh-hant/feed.xml"), "utf8")).not.toMatch(/broken\.jpg|\/media\//);
  });

  it("converts alt text and captions per edition", async () => {
    const page = await openPage("zh-hans/typhoon.html");
    expect(await page.locator("article figure img").first().getAttribute("alt")).toBe("强风中的高雄港边，海浪拍打堤岸");
    expect(await page.locator("article figcaption").first().innerText()).toContain("台风登陆前");
    await page.context().close();
  });

  it("downloads a lead photo of at most 100 KB on a 390 px phone", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
    const page = await context.newPage();
    const sizes = new Map<string, number>();
    page.on("response", async (response) => {
      if (/\/_astro\/.+\.(avif|webp|jpg|png)$/.test(response.url()))
        sizes.set(response.url(), (await response.body()).length);
    });
    await page.goto(`${server.url}zh-hant/typhoon.html`);
    await page.waitForLoadState("networkidle");
    const lead = await page
      .locator("article figure img")
      .first()
      .evaluate((img: HTMLImageElement) => img.currentSrc);
    expect(lead).toMatch(/\.webp$/);
    expect(sizes.get(lead) ?? Infinity).toBeLessThanOrEqual(100 * 1024);
    await context.close();
  });

  it("has a front page with the featured story large, the latest with thumbnails, and sections", async () => {
    const page = await openPage("zh-hant/", { viewport: { width: 1280, height: 900 } });
    const top = page.locator(".np-front-top");
    expect(await top.locator(".np-card-title").innerText()).toBe("颱風「山陀兒」登陸高雄 南部多地停班停課");
    expect(await top.locator("img").getAttribute("fetchpriority")).toBe("high");
    expect(await top.locator(".np-kicker").innerText()).toBe("社會");
    expect(await page.locator(".np-front-latest .np-card-photo img").first().getAttribute("loading")).toBe("lazy");
    expect(await page.locator(".np-sections a").allInnerTexts()).toEqual(
      expect.arrayContaining(["社會", "經濟", "文化"]),
    );
    expect(await page.locator(".np-front-section h2").allInnerTexts()).toEqual(
      expect.arrayContaining(["經濟", "文化"]),
    );
    await page.context().close();
  });

  it("links tags and authors to their pages, and lists related stories", async () => {
    const page = await openPage("zh-hant/typhoon.html");
    expect(await page.locator(".np-tags a").allInnerTexts()).toEqual(["颱風", "高雄", "防災"]);
    expect(await page.locator(".np-head .np-meta a").allInnerTexts()).toEqual(["林怡君", "陳建宏"]);
    // Shares a tag (防災) and the section (社會): first.
    expect(await page.locator(".np-related .np-card-title").first().innerText()).toBe(
      "香港天文台發出黃色暴雨警告 部分地區水浸",
    );
    await page.click(".np-tags a:text('防災')");
    expect(await page.locator("h1").innerText()).toBe("標籤：防災");
    expect(await page.locator(".np-list .np-card-title").count()).toBe(2);
    await page.goto(`${server.url}zh-hans/harbour.html`);
    await page.click(".np-head .np-meta a");
    expect(await page.locator("h1").innerText()).toBe("作者：王晓明");
    await page.context().close();
  });

  describe.each(["light", "dark"] as const)("%s scheme", (colorScheme) => {
    it.each(WIDTHS)(
      "fits %i px without sideways scrolling and passes axe",
      async (width) => {
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 800 } });
        const page = await context.newPage();
        const problems: string[] = [];
        for (const path of PAGES) {
          await page.goto(`${server.url}${path}`);
          const wide = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          if (wide > 0) problems.push(`${path}: scrolls sideways by ${wide} px`);
          const outside = await page.$$eval(
            "main img",
            (images) =>
              images.filter((img) => img.getBoundingClientRect().right > document.documentElement.clientWidth).length,
          );
          if (outside > 0) problems.push(`${path}: ${outside} image(s) beyond the screen's edge`);
          const { violations } = await new AxeBuilder({ page }).options(WITH_TARGET_SIZE).analyze();
          for (const v of violations)
            for (const node of v.nodes) problems.push(`${path} ${v.id}: ${node.target.join(" ")}`);
        }
        await context.close();
        expect(problems).toEqual([]);
      },
      300_000,
    );
  });

  it("prints photos whole and sized to the page, external link targets, and never the address alone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "np-newsroom-print-"));
    for (const path of ["zh-hant/typhoon.html", "zh-hans/harbour.html"]) {
      const page = await openPage(path);
      const file = join(dir, `${path.replace(/\W+/g, "-")}.pdf`);
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
      await page.context().close();
      const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
      const pages = text.split("\f").filter((p) => p.trim() !== "");
      const last = (pages.at(-1) ?? "").replace(/本(文|文)网?網?址：\S+/, "").replace(/\d+\s*\/\s*\d+\s*$/, "");
      expect(last.trim().length, `${path}: last page`).toBeGreaterThan(20);
      // Each photo drawn on one page only (a split photo appears on two).
      const images = execFileSync("pdfimages", ["-list", file], { encoding: "utf8" })
        .split("\n")
        .slice(2)
        .filter((line) => /\bimage\b/.test(line))
        .map((line) => line.trim().split(/\s+/));
      const pagesPerImage = new Map<string, Set<string>>();
      for (const [pageNumber, , , width, height] of images) {
        const key = `${width}x${height}`;
        pagesPerImage.set(key, (pagesPerImage.get(key) ?? new Set()).add(pageNumber ?? ""));
      }
      for (const [key, onPages] of pagesPerImage) expect(onPages.size, `${path}: image ${key}`).toBe(1);
      if (path.includes("harbour")) expect(text.replace(/\s/g, "")).toContain("https://www.portshanghai.com.cn/");
    }
  });
});
