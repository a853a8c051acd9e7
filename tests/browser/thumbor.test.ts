/**
 * The `photos.thumbor` setting against a real Thumbor (vendored 7.5.2, tests/support/thumbor/) on
 * loopback: the build encodes nothing and publishes the originals; every photo URL of a built page
 * is a signed Thumbor URL that Thumbor serves (200, the right type and width) from the originals on
 * the served site; in Chromium at 320 and 1280 px every image loads.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSiteConfig } from "../../src/site.config.ts";
import { scene } from "../fixtures/newsroom/make-images.ts";
import { launchBrowser, serve, type StaticServer } from "../support/browser.ts";
import { buildSite, ROOT, type BuildResult } from "../support/site.ts";
import { hasThumborDependencies, startThumbor, type Thumbor } from "../support/thumbor.ts";

const OUT = ".tmp/test-sites/thumbor";
const WORK = join(ROOT, ".tmp/thumbor-test");
const CONTENT = join(WORK, "content");
const KEY = `test-${process.pid}-${Date.now()}`;
const PAGES = ["zh-hant/thumbor-typhoon.html", "zh-hans/thumbor-small.html", "zh-hant/index.html"];

let server: StaticServer;
let thumbor: Thumbor;
let browser: Browser;
let build: BuildResult;

async function writeContent(): Promise<void> {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(join(CONTENT, "2024"), { recursive: true });
  // A Chinese name with a space (escaped in URLs), a PNG chart, a portrait photo, a photo smaller than every width.
  writeFileSync(join(CONTENT, "2024/颱風 現場.jpg"), await scene(2000, 1250, 3, "jpeg", 10));
  writeFileSync(join(CONTENT, "2024/chart.png"), await scene(900, 600, 4, "png"));
  writeFileSync(join(CONTENT, "2024/portrait.jpg"), await scene(1000, 1500, 5, "jpeg", 10));
  writeFileSync(join(CONTENT, "2024/small.jpg"), await scene(300, 200, 6, "jpeg", 10));
  // A draft's photo: never published, so Thumbor cannot be asked for it.
  writeFileSync(join(CONTENT, "2024/unpublished.jpg"), await scene(1200, 800, 7, "jpeg", 10));
  writeFileSync(
    join(CONTENT, "2024/thumbor-draft.md"),
    "---\ntitle: 未发布的稿件\ndate: 2024-10-05\nsource: 本报\ndraft: true\nimage:\n  src: ./unpublished.jpg\n  alt: 未发布的照片\n---\n\n这篇稿件尚未发布。\n",
  );
  writeFileSync(
    join(CONTENT, "2024/thumbor-typhoon.md"),
    [
      "---",
      "title: 颱風登陸 南部停班停課",
      "date: 2024-10-03",
      "source: 本報",
      "image:",
      "  src: ./颱風 現場.jpg",
      "  alt: 強風中的港邊",
      "  caption: 颱風登陸前的港邊。",
      "  credit: 本報記者攝",
      "script: hant",
      "---",
      "",
      "中度颱風今天中午登陸，環流帶來的豪雨將持續到明天清晨。",
      "",
      "![各縣市累積雨量長條圖](./chart.png)",
      "",
      "市區多處路樹倒塌，消防局統計至下午已出動三百多次。",
      "",
      "![救災人員在街頭](./portrait.jpg)",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(CONTENT, "2024/thumbor-small.md"),
    [
      "---",
      "title: 小图测试",
      "date: 2024-10-04",
      "source: 本报",
      "image:",
      "  src: ./small.jpg",
      "  alt: 一张小图",
      "script: hans",
      "---",
      "",
      "这篇文章的照片比所有宽度都小。",
      "",
    ].join("\n"),
  );
}

const run = hasThumborDependencies();

beforeAll(async () => {
  if (!run) return;
  await writeContent();
  mkdirSync(join(ROOT, OUT), { recursive: true });
  // The site is served first: its origin is where Thumbor's loader fetches the originals.
  server = await serve(join(ROOT, OUT));
  const origin = new URL(server.url).origin;
  thumbor = await startThumbor({ key: KEY, origin, workDir: join(WORK, "thumbor") });
  const config = join(WORK, "site.json");
  writeFileSync(config, JSON.stringify({ ...defaultSiteConfig, photos: { thumbor: { url: thumbor.url } } }));
  build = await buildSite({
    outDir: OUT,
    contentDir: CONTENT,
    site: origin,
    siteConfig: config,
    env: { NEWSPRINT_THUMBOR_KEY: KEY },
  });
  if (build.code !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await thumbor?.close();
  await server?.close();
});

type Candidate = { url: string; width: number; type: string };

/** Every image URL a page offers, with the width its descriptor or attributes promise and its type. */
function candidates(html: string): Candidate[] {
  const found: Candidate[] = [];
  const decode = (text: string) => text.replace(/&amp;/g, "&");
  for (const picture of html.matchAll(/<picture>([\s\S]*?)<\/picture>/g)) {
    const body = picture[1] ?? "";
    for (const source of body.matchAll(/<source type="([^"]+)" srcset="([^"]+)"/g)) {
      for (const entry of decode(source[2] ?? "").split(", ")) {
        const [url = "", descriptor = ""] = entry.split(" ");
        found.push({ url, width: Number.parseInt(descriptor, 10), type: source[1] ?? "" });
      }
    }
    const img = /<img src="([^"]+)"[^>]*\bwidth="(\d+)"/.exec(body);
    if (img) found.push({ url: decode(img[1] ?? ""), width: Number(img[2]), type: "image/jpeg-or-png" });
  }
  return found;
}

describe.skipIf(!run)("photos through Thumbor", () => {
  it("encodes nothing at build time and publishes the originals Thumbor fetches", () => {
    const assets = readdirSync(join(ROOT, OUT, "_astro"), { recursive: true, encoding: "utf8" });
    expect(assets.filter((file) => /\.(webp|avif)$/.test(file))).toEqual([]);
    // The four originals of the published articles (not the draft's), at full size, under content-hashed names.
    expect(assets.filter((file) => file.includes("unpublished"))).toEqual([]);
    expect(assets.filter((file) => /^photos\/[\w-]+\.[0-9a-f]{16}\.(jpg|png)$/.test(file))).toHaveLength(4);
    expect(`${build.stdout}${build.stderr}`).not.toMatch(/generating optimized images/);
    // The signing key is in no published file.
    for (const page of PAGES) expect(readFileSync(join(ROOT, OUT, page), "utf8")).not.toContain(KEY);
  });

  it("serves every photo URL of the built pages from Thumbor with the promised type and width", async () => {
    let checked = 0;
    for (const page of PAGES) {
      const html = readFileSync(join(ROOT, OUT, page), "utf8");
      const urls = candidates(html);
      expect(urls.length, page).toBeGreaterThan(0);
      for (const candidate of urls) {
        expect(candidate.url.startsWith(thumbor.url), candidate.url).toBe(true);
        const response = await fetch(candidate.url);
        expect(response.status, `${candidate.url}\n${thumbor.output().slice(-2000)}`).toBe(200);
        const type = response.headers.get("content-type") ?? "";
        if (candidate.type === "image/jpeg-or-png") expect(type).toMatch(/^image\/(jpeg|png)$/);
        else expect(type).toBe(candidate.type);
        const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
        expect(metadata.width, candidate.url).toBe(candidate.width);
        checked++;
      }
    }
    // Lead photo (4 widths) and the two body figures, the small photo (1 width), each with its fallback.
    expect(checked).toBeGreaterThanOrEqual(17);
  });

  it("keeps width, height, srcset and sizes as with build-time encoding", () => {
    const html = readFileSync(join(ROOT, OUT, "zh-hant/thumbor-typhoon.html"), "utf8");
    const lead = /<picture>([\s\S]*?)<\/picture>/.exec(html)?.[1] ?? "";
    expect(lead).toMatch(/<source type="image\/webp" srcset="[^"]+ 360w, [^"]+ 640w, [^"]+ 960w, [^"]+ 1280w" sizes="/);
    expect(lead).toMatch(/<img src="[^"]+" alt="強風中的港邊" width="640" height="400"/);
    const small = readFileSync(join(ROOT, OUT, "zh-hans/thumbor-small.html"), "utf8");
    expect(small).toMatch(/srcset="[^"]+ 300w" sizes=/);
  });

  for (const width of [320, 1280]) {
    it(`loads every image of the article and front page at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      for (const path of ["zh-hant/thumbor-typhoon.html", "zh-hant/"]) {
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`);
        const images = await page.$$eval("img", async (items) => {
          const results = [];
          for (const img of items) {
            img.scrollIntoView();
            await img.decode().catch(() => undefined);
            results.push({ src: img.currentSrc, naturalWidth: img.naturalWidth });
          }
          return results;
        });
        expect(images.length, path).toBeGreaterThan(0);
        for (const image of images) {
          expect(image.src.startsWith(thumbor.url), image.src).toBe(true);
          expect(image.naturalWidth, image.src).toBeGreaterThan(0);
        }
        await page.close();
      }
      await context.close();
    });
  }
});
