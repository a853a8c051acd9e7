/**
 * The sitemap is written again only when its pages, routes or options changed; otherwise the last
 * one is linked into the new site, byte for byte what @astrojs/sitemap would write.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import sitemap from "@astrojs/sitemap";
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from "astro";
import { afterAll, describe, expect, it } from "vitest";
import { cachedSitemap } from "../../../src/integrations/cached-sitemap.ts";
import { ROOT } from "../../support/site.ts";

const WORK = join(ROOT, ".tmp/cached-sitemap");
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const config = {
  site: "https://news.example.org",
  base: "/",
  trailingSlash: "ignore",
  build: { format: "preserve" },
} as unknown as AstroConfig;

/** Runs the integration's hooks as a build does; returns what it logged and the sitemap files written. */
async function build(integration: AstroIntegration, outDir: string, pages: string[]) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const logged: string[] = [];
  const logger = {
    info: (message: string) => logged.push(message),
    warn: (message: string) => logged.push(message),
    error: (message: string) => logged.push(message),
  } as unknown as AstroIntegrationLogger;
  const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
  await hooks["astro:routes:resolved"]!({ routes: [], logger });
  await hooks["astro:config:done"]!({ config, logger });
  await hooks["astro:build:done"]!({
    dir: pathToFileURL(`${outDir}/`),
    pages: pages.map((pathname) => ({ pathname })),
    logger,
  });
  const files = readdirSync(outDir).sort();
  return { logged, files, text: (name: string) => readFileSync(join(outDir, name), "utf8") };
}

describe("cached sitemap", () => {
  const cache = join(WORK, "cache");
  const pages = ["zh-hans/a.html", "zh-hant/a.html", "zh-hans/section/world/"];
  const integration = () => cachedSitemap(sitemap(), cache, "editions-1");

  it("writes the sitemap, then links the same files while nothing changed", async () => {
    rmSync(cache, { recursive: true, force: true });
    const first = await build(integration(), join(WORK, "one"), pages);
    expect(first.files).toEqual(["sitemap-0.xml", "sitemap-index.xml"]);
    expect(first.text("sitemap-0.xml")).toContain("https://news.example.org/zh-hant/a.html");

    // The same pages in another order: nothing written, the same bytes in the new folder.
    const second = await build(integration(), join(WORK, "two"), [...pages].reverse());
    expect(second.logged).toEqual(["sitemap unchanged: 2 file(s) taken from the last build"]);
    expect(second.files).toEqual(first.files);
    for (const name of first.files) expect(second.text(name)).toBe(first.text(name));
    expect(statSync(join(WORK, "two/sitemap-0.xml")).ino).toBe(
      statSync(join(cache, "newsprint-sitemap/sitemap-0.xml")).ino,
    );
  });

  it("writes it again when a page, the options or the address changed", async () => {
    rmSync(cache, { recursive: true, force: true });
    await build(integration(), join(WORK, "base"), pages);
    const published = await build(integration(), join(WORK, "published"), [...pages, "zh-hans/b.html"]);
    expect(published.logged.join("\n")).not.toContain("unchanged");
    expect(published.text("sitemap-0.xml")).toContain("https://news.example.org/zh-hans/b.html");

    const otherKey = await build(cachedSitemap(sitemap(), cache, "editions-2"), join(WORK, "key"), [
      ...pages,
      "zh-hans/b.html",
    ]);
    expect(otherKey.logged.join("\n")).not.toContain("unchanged");

    const moved = { ...config, site: "https://other.example.org" } as AstroConfig;
    const elsewhere = cachedSitemap(sitemap(), cache, "editions-2");
    const hooks = elsewhere.hooks as Record<string, (options: unknown) => void>;
    const done = hooks["astro:config:done"]!;
    hooks["astro:config:done"] = (options) => done({ ...(options as object), config: moved });
    const again = await build(elsewhere, join(WORK, "moved"), [...pages, "zh-hans/b.html"]);
    expect(again.text("sitemap-0.xml")).toContain("https://other.example.org/zh-hans/b.html");
  });
});
