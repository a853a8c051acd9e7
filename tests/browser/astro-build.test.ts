/**
 * The site that Astro's own `astro build` writes (the browser tests' shared site, see
 * tests/global-setup.ts) is complete: search index, sitemap.xml, and a search that finds the
 * Simplified article from a Traditional query and links it in the reader's script.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { useServedSite } from "../support/browser.ts";
import type { SearchManifest } from "../../src/lib/site/search-meta.ts";
import { ROOT } from "../support/site.ts";

const site = useServedSite(() => inject("siteDir"));
const SLUG = "2021-12-06-qing-dao-bao-mi-pei-xun-kuai-su";

describe("astro build", () => {
  it("writes the search index and sitemap.xml beside the pages", () => {
    const dir = join(ROOT, inject("siteDir"));
    const { shards } = JSON.parse(readFileSync(join(dir, "pagefind/shards.json"), "utf8")) as SearchManifest;
    expect(shards.length).toBeGreaterThan(0);
    for (const shard of shards) expect(existsSync(join(dir, "pagefind", shard, "pagefind.js"))).toBe(true);
    expect(readFileSync(join(dir, "sitemap.xml"), "utf8")).toBe(readFileSync(join(dir, "sitemap-index.xml"), "utf8"));
  });

  it("gives a search that works across scripts", async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${site.server.url}zh-hant/search/`);
    // The article is written in Simplified (保密培训); the query is Traditional.
    await page.fill("#np-q", "保密培訓");
    await page.press("#np-q", "Enter");
    const result = page.locator(".np-search-results a").first();
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getAttribute("href")).toBe(`/zh-hant/${SLUG}.html`);
    expect(await result.innerText()).toContain("青島");
    expect(errors).toEqual([]);
    await page.close();
  });
});
