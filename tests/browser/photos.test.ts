/**
 * A site built from articles with hostile and odd photos (tests/support/photos.ts): every photo
 * that cannot be used is named at its line with a rule id and leaves its alt text, caption and
 * credit; alt text of any content survives, each use its own; no build-machine path reaches a
 * page or feed; small photos are not stretched and portrait photos leave the headline and first
 * paragraph on the first screen (Chromium, 390 and 1280 px). Then references that leave the site
 * (climbing paths, links out, a FIFO, a folder, javascript:/data:/file:, SVG) stop the build,
 * every one named, with the previous output intact and no hang.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serve, type StaticServer } from "../support/browser.ts";
import { writeHostilePhotos } from "../support/photos.ts";
import { buildSite, ROOT, type BuildResult } from "../support/site.ts";
import { hashTree } from "../support/files.ts";

const WORK = join(ROOT, ".tmp/photo-site");
const CONTENT = join(WORK, "content");
const OUT = join(WORK, "out");
const SHOTS = join(WORK, "screenshots");
let browser: Browser;
let server: StaticServer;
let build: BuildResult;

const PARAGRAPH = "第一段：本报记者从现场发回报道，市民排队领取防疫物资，秩序井然。";
const SAME_ALT = ["同一张照片，第一处的说明文字", '同一张照片，第二处 "不同" 的说明'];
const HOSTILE_ALT = "小图 > \"引号\" & <b>粗体</b> '单引号'";

const PORTRAIT = `---
title: 竖幅照片不占满首屏，标题和第一段仍在第一屏内可见
date: 2024-05-12
source: 新华社
image:
  src: ./portrait.jpg
  alt: 竖幅照片
  caption: 竖幅照片的说明
  credit: 摄影：张三
---

${PARAGRAPH}

![${HOSTILE_ALT}](./small.jpg "小图说明 | 摄影：王五")

第二段。
`;

const LOST = `---
title: 照片丢失时，说明和署名仍在
date: 2024-05-11
source: 新华社
image:
  src: ./truncated.jpg
  alt: 头图的替代文字
  caption: 头图说明留在页面上
  credit: 摄影：李四
---

正文第一段。

![${SAME_ALT[0]}](./ok.jpg "第一处")

![${SAME_ALT[1]}](./ok.jpg "第二处")

![第一行
第二行](./ok.jpg)

![动图的说明](./animated.gif)

![AVIF 照片](./photo.avif)

![16 位 PNG](./deep.png)

![CMYK 照片](./cmyk.jpg)

![旋转的照片](./rotated.jpg)

![PNG 文件名为 jpg](./png-named.jpg)

![空文件的替代文字](./empty.jpg "空文件的说明")

![文字文件的替代文字](./text.jpg)

![巨图的替代文字](./huge.png)

![小图标的替代文字](./tiny.jpg)

![伪装成 JPEG 的 SVG](./svg-named.jpg)

![带脚本的 SVG](./script.svg)

![脚本地址的替代文字](javascript:alert(1))

![数据地址的替代文字](<data:image/png;base64,iVBORw0KGgo=>)

<p><img src="./never-saved.jpg" alt="贴上的 HTML 图片"></p>

最后一段。
`;

/** Lost photos: file name → rule the build must name at the line referencing it. */
const LOST_RULES: Record<string, string> = {
  "truncated.jpg": "image-truncated",
  "empty.jpg": "image-empty",
  "text.jpg": "image-unreadable-format",
  "huge.png": "image-too-large",
  "tiny.jpg": "image-too-small",
  "svg-named.jpg": "image-svg",
  "script.svg": "image-svg",
  "never-saved.jpg": "image-missing",
};

/** Where a text names `needle`: `line` 1-based. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(CONTENT, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  await writeHostilePhotos(CONTENT);
  writeFileSync(join(CONTENT, "portrait.md"), PORTRAIT);
  writeFileSync(join(CONTENT, "lost.md"), LOST);
  build = await buildSite({ outDir: relative(ROOT, OUT), contentDir: CONTENT });
  if (build.code !== 0) throw new Error(`Photo site build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serve(OUT);
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(WORK, { recursive: true, force: true });
});

describe("photos that cannot be used", () => {
  it("are each named at their line with a rule id", () => {
    const output = `${build.stdout}\n${build.stderr}`;
    const file = relative(ROOT, join(CONTENT, "lost.md"));
    for (const [name, rule] of Object.entries(LOST_RULES)) {
      const line = lineOf(LOST, `./${name}`);
      expect(output, name).toMatch(new RegExp(`${file}:${line}:\\d+: warning: [^\\n]*${name}[^\\n]*\\[${rule}\\]`));
    }
    for (const address of ["javascript:alert(1)", "<data:image"]) {
      expect(output).toMatch(new RegExp(`lost\\.md:${lineOf(LOST, address)}:1: warning: .*\\[image-scheme\\]`));
    }
    expect(output).toMatch(
      new RegExp(`lost\\.md:${lineOf(LOST, "./animated.gif")}:1: warning: .*\\[image-animated\\]`),
    );
    expect(output).toMatch(
      new RegExp(`portrait\\.md:${lineOf(PORTRAIT, "./small.jpg")}:1: warning: .*320 px.*\\[image-small-for-slot\\]`),
    );
  });

  it("leave their alt text, caption and credit on the page and in the feed, never a broken image", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/zh-hans/lost.html`);
    const lead = page.locator("figure.np-lead");
    expect(await lead.locator("img").count()).toBe(0);
    expect(await lead.innerText()).toMatch(/头图的替代文字[\s\S]*头图说明留在页面上[\s\S]*摄影：李四/);
    const lost = await page.locator(".np-photo-lost").allInnerTexts();
    expect(lost).toEqual(
      expect.arrayContaining([
        "头图的替代文字",
        "空文件的替代文字",
        "文字文件的替代文字",
        "巨图的替代文字",
        "小图标的替代文字",
        "伪装成 JPEG 的 SVG",
        "带脚本的 SVG",
        "脚本地址的替代文字",
        "数据地址的替代文字",
        "贴上的 HTML 图片",
      ]),
    );
    expect(await page.locator("figcaption", { hasText: "空文件的说明" }).count()).toBe(1);
    // Every image on the page loaded: none is broken.
    const broken = await page.evaluate(async () => {
      const images = [...document.querySelectorAll("article img")] as HTMLImageElement[];
      for (const image of images) image.loading = "eager";
      await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
      return images.filter((image) => image.naturalWidth === 0).map((image) => image.currentSrc || image.src);
    });
    expect(broken).toEqual([]);
    await page.close();
    const feed = readFileSync(join(OUT, "zh-hans/feed.xml"), "utf8");
    expect(feed).toContain("头图说明留在页面上");
    expect(feed).toContain("空文件的替代文字");
  });

  it("never leave a build-machine path or the parser's marker in a page or feed", () => {
    const leaks: string[] = [];
    for (const entry of readdirSync(OUT, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(html|xml|json|txt|js)$/.test(entry.name)) continue;
      const text = readFileSync(join(entry.parentPath, entry.name), "utf8");
      for (const marker of [ROOT, relative(ROOT, CONTENT), "data-np-src", 'src="./']) {
        const at = text.indexOf(marker);
        if (at >= 0)
          leaks.push(`${relative(OUT, join(entry.parentPath, entry.name))}: ${text.slice(at - 80, at + 80)}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});

describe("photos that can be used", () => {
  it("keep each use's own alt text, of any content", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/zh-hans/lost.html`);
    const alts = await page
      .locator("article picture img")
      .evaluateAll((images) => images.map((image) => (image as HTMLImageElement).alt));
    expect(alts).toEqual([
      ...SAME_ALT,
      "第一行\n第二行",
      "动图的说明",
      "AVIF 照片",
      "16 位 PNG",
      "CMYK 照片",
      "旋转的照片",
      "PNG 文件名为 jpg",
    ]);
    await page.goto(`${server.url}/zh-hans/portrait.html`);
    expect(await page.locator("article figure:not(.np-lead) img").getAttribute("alt")).toBe(HOSTILE_ALT);
    expect(await page.locator("article figure:not(.np-lead) figcaption").innerText()).toContain("小图说明");
    await page.close();
  });

  it("publish an animation's first frame as one still, AVIF input, and rotated photos upright", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/zh-hans/lost.html`);
    const size = (alt: string) =>
      page.locator(`article img[alt="${alt}"]`).evaluate(async (image: HTMLImageElement) => {
        image.loading = "eager";
        await image.decode();
        return [image.naturalWidth, image.naturalHeight];
      });
    const [gifWidth = 0, gifHeight = 0] = await size("动图的说明");
    expect(gifWidth / gifHeight).toBeCloseTo(400 / 300, 2);
    const [avifWidth = 0] = await size("AVIF 照片");
    expect(avifWidth).toBeGreaterThan(0);
    const [rotatedWidth = 0, rotatedHeight = 0] = await size("旋转的照片");
    expect(rotatedHeight).toBeGreaterThan(rotatedWidth);
    await page.close();
  });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    it(`are never stretched, and a portrait lead leaves headline and first paragraph on screen at ${viewport.width} px`, async () => {
      const page = await browser.newPage({ viewport });
      await page.goto(`${server.url}/zh-hans/portrait.html`, { waitUntil: "load" });
      const layout = await page.evaluate(
        (text) => {
          const box = (element: Element | null) => element?.getBoundingClientRect();
          const paragraph = [...document.querySelectorAll("article p")].find((p) => p.textContent?.includes(text));
          const small = document.querySelector("article figure:not(.np-lead) img") as HTMLImageElement;
          const srcset = [...document.querySelectorAll("article figure:not(.np-lead) source")].flatMap((source) =>
            (source.getAttribute("srcset") ?? "")
              .split(",")
              .map((candidate) => Number(/(\d+)w\s*$/.exec(candidate)?.[1])),
          );
          const lineHeight = paragraph ? parseFloat(getComputedStyle(paragraph).lineHeight) : 0;
          return {
            headline: box(document.querySelector("h1"))?.bottom ?? Infinity,
            paragraphLine: (box(paragraph ?? null)?.top ?? Infinity) + lineHeight,
            lead: box(document.querySelector(".np-lead img"))?.height ?? 0,
            smallWidth: box(small)?.width ?? Infinity,
            srcset,
          };
        },
        PARAGRAPH.slice(0, 10),
      );
      expect(layout.headline).toBeLessThan(viewport.height);
      expect(layout.paragraphLine).toBeLessThanOrEqual(viewport.height);
      expect(layout.lead).toBeGreaterThan(200);
      expect(layout.smallWidth).toBeLessThanOrEqual(320);
      expect(Math.max(...layout.srcset)).toBeLessThanOrEqual(320);
      await page.close();
    });
  }

  it("screenshots at 320 and 1280 px", async () => {
    for (const name of ["portrait", "lost"]) {
      for (const width of [320, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: width === 320 ? 640 : 800 } });
        await page.goto(`${server.url}/zh-hans/${name}.html`, { waitUntil: "load" });
        const path = join(SHOTS, `${name}-${width}.png`);
        await page.screenshot({ path, fullPage: name === "lost" });
        expect(readFileSync(path).length).toBeGreaterThan(1000);
        await page.close();
      }
    }
    // Kept for a person to look at when NEWSPRINT_KEEP_SHOTS names a folder.
    const keep = process.env["NEWSPRINT_KEEP_SHOTS"];
    if (keep) execFileSync("cp", ["-r", `${SHOTS}/.`, keep]);
  });
});

describe("references that leave the site", () => {
  it("stop the build, every one named, the previous output intact, without hanging", { timeout: 300_000 }, async () => {
    const before = hashTree(OUT);
    const outside = join(WORK, "outside");
    mkdirSync(outside);
    writeFileSync(join(outside, "secret.jpg"), readFileSync(join(CONTENT, "ok.jpg")));
    symlinkSync(join(outside, "secret.jpg"), join(CONTENT, "link-out.jpg"));
    execFileSync("mkfifo", [join(CONTENT, "fifo.jpg")]);
    mkdirSync(join(CONTENT, "folder.jpg"));
    // Files from outside or special files stop the build; addresses and SVG are left out with a warning.
    const references: Record<string, string> = {
      "../outside/secret.jpg": "error: .*image-outside",
      "/../../outside/secret.jpg": "error: .*image-outside",
      "%2e%2e/outside/secret.jpg": "error: .*image-outside",
      "..\\outside\\secret.jpg": "error: .*image-outside",
      "./link-out.jpg": "error: .*image-link-outside",
      "./fifo.jpg": "error: .*image-not-a-file",
      "./folder.jpg": "error: .*image-not-a-file",
      "file:///etc/passwd": "warning: .*image-scheme",
      "/favicon.svg": "warning: .*image-svg",
    };
    const bad = [
      "---",
      "title: 越界的图片",
      "date: 2024-05-10",
      "source: 新华社",
      "image:",
      "  src: ./fifo.jpg",
      "  alt: 管道",
      "---",
      "",
      "正文。",
      "",
      ...Object.keys(references).flatMap((url) => [`![图](<${url}>)`, ""]),
    ].join("\n");
    writeFileSync(join(CONTENT, "bad.md"), bad);
    const started = Date.now();
    const failed = await buildSite({ outDir: relative(ROOT, OUT), contentDir: CONTENT });
    expect(Date.now() - started).toBeLessThan(240_000);
    expect(failed.code).not.toBe(0);
    const output = `${failed.stdout}\n${failed.stderr}`;
    for (const [url, rule] of Object.entries(references)) {
      expect(output, url).toMatch(new RegExp(`bad\\.md:${lineOf(bad, `<${url}>`)}:1: ${rule}\\]`));
    }
    expect(output).toMatch(new RegExp(`bad\\.md:6:\\d+: error: "image\\.src" is a named pipe.*\\[image-not-a-file\\]`));
    expect(hashTree(OUT)).toEqual(before);
  });
});
