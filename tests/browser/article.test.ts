import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { SEED_SLUG as SLUG } from "../support/articles.ts";
import { useServedSite } from "../support/browser.ts";

const site = useServedSite(() => inject("siteDir"));

const articleUrl = (segment: "zh-hant" | "zh-hans") => `${site.server.url}${segment}/${SLUG}.html`;
const bodyText = (page: Page) => page.locator("article").innerText();

describe("article pages", () => {
  it("render both scripts with the right lang, structure and text", async () => {
    const page = await site.browser.newPage();
    await page.goto(articleUrl("zh-hant"));
    expect(await page.getAttribute("html", "lang")).toBe("zh-Hant");
    expect(await page.locator("h1").innerText()).toBe("青島：保密培訓快速起效 宣教成果次第開花");
    expect(await page.locator("article time").getAttribute("datetime")).toBe("2021-12-06");
    // This site's navigation (home › section); the original site's path is provenance.
    expect(await page.locator("nav.np-breadcrumb ol li").allInnerTexts()).toEqual(["首頁", "保密工作動態"]);
    expect((await page.locator(".np-provenance").innerText()).replace(/\s+/g, "")).toBe(
      "原刊於國家保密局網站›動態要聞›保密工作動態",
    );
    expect(await page.locator("article section h2").allInnerTexts()).toEqual([
      "專心抓好重點培訓",
      "用心做好全員輪訓",
      "精心做好結合文章",
    ]);
    const hant = await bodyText(page);
    for (const word of ["幹部", "範圍", "改革後", "時間裡", "並逐步", "細緻", "雜誌", "殺手鐧"])
      expect(hant).toContain(word);
    expect(await page.locator(".np-reprint").innerText()).toBe("（轉載自《保密工作》雜誌2021年第9期）");
    expect(await page.locator('link[rel=alternate][hreflang="zh-Hans"]').getAttribute("href")).toBe(
      `http://localhost:4321/zh-hans/${SLUG}.html`,
    );

    await page.goto(articleUrl("zh-hans"));
    expect(await page.getAttribute("html", "lang")).toBe("zh-Hans");
    expect(await page.locator("h1").innerText()).toBe("青岛：保密培训快速起效 宣教成果次第开花");
    const hans = await bodyText(page);
    for (const word of ["干部", "范围", "承载着", "杀手锏"]) expect(hans).toContain(word);
    expect(hans).not.toMatch(/幹部|範圍|殺手鐧/);
    await page.close();
  });

  it("switches script at the same paragraph and remembers the choice", async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 700 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
    await page.goto(articleUrl("zh-hant"));
    const paragraphs = page.locator("article p");
    const target = 9;
    await paragraphs.nth(target).evaluate((p) => p.scrollIntoView({ block: "start" }));
    const firstVisible = () =>
      page.evaluate(() => {
        const blocks = [...document.querySelectorAll(".np-article :is(h1,h2,h3,h4,p,li,blockquote,figure,table,pre)")];
        return blocks.findIndex((block) => block.getBoundingClientRect().bottom > 0);
      });
    const before = await firstVisible();
    expect(before).toBeGreaterThan(5);
    await page.click("a[data-np-edition=zh-hans]");
    await page.waitForURL(articleUrl("zh-hans"));
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    expect(await firstVisible()).toBe(before);
    expect(await page.evaluate(() => localStorage.getItem("np-edition"))).toBe("zh-hans");

    await page.goto(site.server.url);
    await page.waitForURL(`${site.server.url}zh-hans/`);
    // Every script ran under the page's Content-Security-Policy without a violation.
    expect(errors).toEqual([]);
    await context.close();
  });

  it("stays at the paragraph being read when a toolbar control gets focus", async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 700 } });
    const page = await context.newPage();
    await page.goto(articleUrl("zh-hant"));
    await page
      .locator("article p")
      .nth(9)
      .evaluate((p) => p.scrollIntoView({ block: "start" }));
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(1000);
    const controls = page.locator(".np-bar :is(a, input, button):not([hidden])");
    expect(await controls.count()).toBeGreaterThan(2);
    for (const control of await controls.all()) {
      await control.focus();
      expect(await page.evaluate(() => scrollY), await control.evaluate((c) => c.outerHTML)).toBe(scrolled);
    }
    // By keyboard too: Tab from the first control through the toolbar (leaving it may scroll).
    await controls.first().focus();
    const inBar = () => page.evaluate(() => !!document.activeElement?.closest(".np-bar"));
    let steps = 0;
    for (; steps < 10; steps++) {
      await page.keyboard.press("Tab");
      if (!(await inBar())) break;
      expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    }
    expect(steps).toBeGreaterThan(0);
    await context.close();
  });

  it("sends readers at the root to the script their browser prefers", async () => {
    for (const [locale, segment] of [
      ["zh-TW", "zh-hant"],
      ["zh-HK", "zh-hant"],
      ["zh-CN", "zh-hans"],
      ["zh-SG", "zh-hans"],
    ] as const) {
      const context = await site.browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(site.server.url);
      await page.waitForURL(`${site.server.url}${segment}/`);
      await context.close();
    }
  });

  it("keeps the font size across pages and applies it before first paint", async () => {
    // The probe below is an injected inline script, which the page's CSP would rightly block.
    const context = await site.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(articleUrl("zh-hant"));
    const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await rootSize()).toBe("16px");
    await page.click(".np-font label:has(input[value=l])");
    expect(await rootSize()).toBe("19px");
    // On the next page, record the size the moment <body> starts, before anything is painted.
    await page.route("**/zh-hans/**", async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        "<body>",
        "<body><script>window.__firstSize = getComputedStyle(document.documentElement).fontSize</script>",
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto(articleUrl("zh-hans"));
    expect(await page.evaluate(() => (window as unknown as { __firstSize: string }).__firstSize)).toBe("19px");
    expect(await page.locator("input[name=np-font][value=l]").isChecked()).toBe(true);
    await context.close();
  });
});

describe("without JavaScript", () => {
  it("is readable, switches script by link and still sizes text", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(articleUrl("zh-hant"));
    expect(await page.locator("article p").count()).toBeGreaterThan(10);
    expect(await page.locator("h1").isVisible()).toBe(true);
    expect(await page.locator("[data-np-print]").isVisible()).toBe(false);
    await page.click(".np-font label:has(input[value=s])");
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("14px");
    await page.click("a[data-np-edition=zh-hans]");
    await page.waitForURL(articleUrl("zh-hans"));
    expect(await page.locator("h1").innerText()).toBe("青岛：保密培训快速起效 宣教成果次第开花");
    await page.goto(site.server.url);
    expect(await page.locator("main a").count()).toBe(2);
    await context.close();
  });
});
