/**
 * Accessibility: keyboard use with visible focus, lang. axe runs in pages.test.ts, on every page
 * type of the same site at four widths in both schemes, with touch-target size on top.
 */
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { SEED_SLUG } from "../support/articles.ts";
import { useServedSite } from "../support/browser.ts";

const site = useServedSite(() => inject("siteDir"));

const PAGES = ["zh-hant/", "zh-hans/", `zh-hant/${SEED_SLUG}.html`, `zh-hans/${SEED_SLUG}.html`];

const outline = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (element === null || !element.matches(":focus-visible")) return "";
    // The radios draw their focus ring on the label text next to them.
    const shown = element.matches("input[type=radio]") ? (element.nextElementSibling ?? element) : element;
    const style = getComputedStyle(shown);
    return style.outlineStyle === "none" || style.outlineWidth === "0px"
      ? ""
      : `${style.outlineWidth} ${style.outlineStyle}`;
  });

describe("keyboard", () => {
  it("reaches every control with a visible focus, and they work", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}zh-hant/${SEED_SLUG}.html`);
    const reached: string[] = [];
    // Skip link, masthead (name, search, colophon, sections), then the toolbar.
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press("Tab");
      const name = await page.evaluate(() => {
        const e = document.activeElement;
        return e
          ? `${e.localName}${e.className ? `.${e.className}` : ""}${e.getAttribute("data-np-edition") ? `[${e.getAttribute("data-np-edition")}]` : ""}${e.getAttribute("value") ? `[${e.getAttribute("value")}]` : ""}`
          : "";
      });
      reached.push(name);
      expect(await outline(page), name).not.toBe("");
    }
    expect(reached.slice(0, 2)).toEqual(["a.np-skip", "a.np-brand"]);
    expect(reached).toContain("a[zh-hans]");
    expect(reached).toContain("input[m]");
    expect(reached).toContain("button.np-print");

    // Font size: arrow keys move between the radios and apply at once.
    await page.focus("input[name=np-font]:checked");
    await page.keyboard.press("ArrowUp");
    expect(await page.locator("input[name=np-font][value=l]").isChecked()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("19px");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await page.locator("input[name=np-font][value=s]").isChecked()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("14px");

    // Print button: Enter opens the print dialog.
    await page.evaluate(() => {
      window.print = () => void ((window as unknown as { __printed: boolean }).__printed = true);
    });
    await page.focus("button.np-print");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => (window as unknown as { __printed?: boolean }).__printed)).toBe(true);

    // Script switch: Enter follows the link to the other script.
    await page.focus("a[data-np-edition=zh-hans]");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${site.server.url}zh-hans/${SEED_SLUG}.html`);
    await page.close();
  });
});

describe("lang", () => {
  it("is right on every page and on links to the other script", async () => {
    const page = await site.browser.newPage();
    for (const path of PAGES) {
      await page.goto(`${site.server.url}${path}`);
      const [own, other] = path.startsWith("zh-hant") ? ["zh-Hant", "zh-Hans"] : ["zh-Hans", "zh-Hant"];
      expect(await page.getAttribute("html", "lang")).toBe(own);
      const switchLink = page.locator("a[data-np-edition]");
      expect(await switchLink.getAttribute("lang")).toBe(other);
      expect(await switchLink.getAttribute("hreflang")).toBe(other);
      // Nothing inside the page claims the wrong script.
      const wrong = await page.locator(`main [lang]:not([lang="${own}"])`).count();
      expect(wrong).toBe(0);
    }
    await page.close();
  });
});
