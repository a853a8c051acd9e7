/**
 * `npm run dev`: an article's photos show in the page, encoded on request by Astro's dev image
 * endpoint from the file in the content folder (here outside the project, NEWSPRINT_CONTENT_DIR).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchBrowser } from "../support/chromium.ts";
import { startDevServer, type DevServer } from "../support/site.ts";

const WORK = mkdtempSync(join(tmpdir(), "newsprint-dev-photos-"));
let server: DevServer;

beforeAll(async () => {
  mkdirSync(join(WORK, "content/media"), { recursive: true });
  const photo = sharp({ create: { width: 1400, height: 900, channels: 3, background: { r: 30, g: 90, b: 160 } } });
  writeFileSync(join(WORK, "content/media/harbour.jpg"), await photo.jpeg().toBuffer());
  writeFileSync(
    join(WORK, "content/harbour.md"),
    "---\ntitle: 青岛港集装箱吞吐量创新高\ndate: 2024-03-02\nsource: 青岛日报\nimage:\n  src: ./media/harbour.jpg\n  alt: 港口码头\n---\n\n青岛港一季度集装箱吞吐量同比增长。\n\n![岸桥作业](./media/harbour.jpg)\n",
  );
  server = await startDevServer({ contentDir: join(WORK, "content"), cacheDir: join(WORK, "cache") });
}, 180_000);
afterAll(async () => {
  await server?.close();
  rmSync(WORK, { recursive: true, force: true });
});

it("shows the lead photo and the body photo", async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // The dev server may reload a page once, when Vite has optimised a dependency on first use.
    await page.goto(`${server.url}/zh-hans/harbour`, { waitUntil: "networkidle" });
    const images = page.locator("article img");
    expect(await images.count(), server.output()).toBe(2);
    const sizes = await images.evaluateAll((all: HTMLImageElement[]) =>
      Promise.all(
        all.map(async (image) => {
          image.loading = "eager";
          await image.decode();
          return [image.naturalWidth, image.naturalHeight];
        }),
      ),
    );
    // Encoded from the 1400 × 900 photo at one of the site's widths, its shape kept.
    for (const [width = 0, height = 0] of sizes) {
      expect(width).toBeGreaterThan(300);
      expect(Math.abs(width / height - 1400 / 900)).toBeLessThan(0.02);
    }
  } finally {
    await browser.close();
  }
}, 120_000);
