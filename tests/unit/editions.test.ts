import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sitemapOptions } from "../../src/lib/site/sitemap.ts";
import { inEdition, RESERVED_SLUGS } from "../../src/lib/site/paths.ts";
import { loadSiteConfig, type SiteConfigInput } from "../../src/lib/site/config.ts";
import defaultSiteConfig from "../../src/site.config.ts";

const three = JSON.parse(readFileSync("tests/fixtures/sites/three-editions.json", "utf8")) as SiteConfigInput;

describe("editions registry", () => {
  it("fills each edition's defaults from its script", () => {
    const { editions, conversion } = loadSiteConfig(defaultSiteConfig);
    expect(editions.all.map((e) => [e.id, e.lang, e.script, e.standard, e.quotes])).toEqual([
      ["zh-hant", "zh-Hant", "hant", "twp", "corner"],
      ["zh-hans", "zh-Hans", "hans", "cn", "curly"],
    ]);
    expect(editions.default.id).toBe("zh-hant");
    expect(editions.get("zh-hans").ui.print).toBe("打印");
    expect(editions.get("zh-hant").ui.print).toBe("列印");
    expect(conversion.editions.map((e) => e.id)).toEqual(["zh-hant", "zh-hans"]);
  });

  it("adds a Hong Kong edition with one entry, with its own interface overrides", () => {
    const { editions } = loadSiteConfig(three);
    expect(editions.all.map((e) => e.id)).toEqual(["zh-hant", "zh-hant-hk", "zh-hans"]);
    const hk = editions.get("zh-hant-hk");
    expect([hk.lang, hk.standard, hk.quotes, hk.ui.print, hk.ui.search]).toEqual([
      "zh-Hant-HK",
      "hk",
      "corner",
      "打印",
      "搜尋",
    ]);
    expect(editions.resolve("zh-hant-HK")?.id).toBe("zh-hant-hk");
    expect(editions.resolve("hant")?.id).toBe("zh-hant");
    expect(editions.ofScript("hans")?.id).toBe("zh-hans");
  });

  it("lists every problem of a bad configuration at once", () => {
    const bad = structuredClone(defaultSiteConfig) as unknown as { editions: Record<string, unknown>[] };
    bad.editions[0] = { ...bad.editions[0], variants: { 於: "于" }, quotes: "angled", ui: { nope: "x" } };
    bad.editions[1] = { ...bad.editions[1], id: "zh-hant", lang: "zh_Hans" };
    expect(() => loadSiteConfig(bad)).toThrowError(
      /variant 於 → 于[\s\S]*quotes[\s\S]*"nope" is not an interface text key[\s\S]*lang: must be a BCP 47 tag[\s\S]*"zh-hant" is used twice/,
    );
    expect(() => loadSiteConfig({ ...defaultSiteConfig, defaultEdition: "zh-mo" })).toThrowError(
      /defaultEdition: "zh-mo" is not an edition id/,
    );
    expect(() => loadSiteConfig({ ...defaultSiteConfig, timeZone: "Mars/Base" })).toThrowError(/IANA time zone/);
  });

  it("moves a path between editions, and reserves the names the routes use", () => {
    expect(inEdition("zh-hant/a.html", ["zh-hant", "zh-hans"], "zh-hans")).toBe("zh-hans/a.html");
    expect(inEdition("/zh-hant/category/x/page/2/", ["zh-hant", "zh-hans"], "zh-hans")).toBe(
      "zh-hans/category/x/page/2/",
    );
    expect(inEdition("pagefind/x.js", ["zh-hant", "zh-hans"], "zh-hans")).toBeUndefined();
    for (const name of ["index", "page", "category", "search", "about", "feed", "404"])
      expect(RESERVED_SLUGS.has(name)).toBe(true);
  });

  it("gives every sitemap URL its served form and an alternate per edition", () => {
    const editions = loadSiteConfig(three).editions.all;
    const { filter, serialize } = sitemapOptions(editions);
    expect(filter("https://x.org/news/zh-hant-hk/search/")).toBe(false);
    expect(filter("https://x.org/news/")).toBe(false);
    expect(filter("https://x.org/news/zh-hans/a/")).toBe(true);
    const item = serialize<{ url: string; links?: { url: string; lang: string }[] }>({
      url: "https://x.org/news/zh-hant-hk/a/",
    });
    expect(item.url).toBe("https://x.org/news/zh-hant-hk/a.html");
    expect(item.links).toEqual([
      { url: "https://x.org/news/zh-hant/a.html", lang: "zh-Hant-TW" },
      { url: "https://x.org/news/zh-hant-hk/a.html", lang: "zh-Hant-HK" },
      { url: "https://x.org/news/zh-hans/a.html", lang: "zh-Hans" },
    ]);
    expect(serialize({ url: "https://x.org/zh-hans/category/ke-ji/page/2/" }).url).toBe(
      "https://x.org/zh-hans/category/ke-ji/page/2/",
    );
  });
});
