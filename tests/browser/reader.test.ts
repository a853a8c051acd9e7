/**
 * What readers see (issue 21), on a three-edition site (繁 Taiwan, 港 Hong Kong, 简) built from
 * tests/fixtures/sites/reader.json and reader-content/: news tables, long addresses, the toolbar
 * in one row, focus never under the sticky bar, a front page without holes or repeats, search that
 * marks whole words, each edition's own interface wording, the Macau redirect, print.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, serve, type StaticServer } from "../support/browser.ts";
import { fixtureSite } from "../support/fixture-sites.ts";

const EDITIONS = ["zh-hant", "zh-hant-hk", "zh-hans"] as const;
const WIDTHS = [320, 1280] as const;
const SCHEMES = ["light", "dark"] as const;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serve((await fixtureSite("reader")).dir);
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every width × scheme × edition. */
async function each(path: string, check: (page: Page, at: string) => Promise<void>): Promise<void> {
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
      for (const edition of EDITIONS) {
        await page.goto(`${server.url}${edition}/${path}`);
        await check(page, `${edition}/${path} at ${width} px, ${colorScheme}`);
      }
      await page.close();
    }
  }
}

const noPageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe("articles", () => {
  it("publishes tables as news tables: rules, caption, numbers right-aligned on one line, scrolling inside", async () => {
    await each("market-table.html", async (page, at) => {
      expect(await page.locator(".np-article table").count(), at).toBe(2);
      expect(await page.locator(".np-article caption").innerText(), at).toMatch(/^表二/);
      const cells = await page.locator('.np-article td[align="right"]').evaluateAll((tds) =>
        tds.map((td) => {
          const style = getComputedStyle(td);
          const range = document.createRange();
          range.selectNodeContents(td);
          return {
            text: td.textContent,
            lines: range.getClientRects().length,
            align: style.textAlign,
            numeric: style.fontVariantNumeric,
            rule: getComputedStyle(td.closest("table")!).borderTopWidth,
          };
        }),
      );
      expect(cells.length, at).toBeGreaterThanOrEqual(15);
      for (const cell of cells) {
        expect(cell.lines, `${cell.text} ${at}`).toBe(1);
        expect(cell.align, at).toBe("right");
        expect(cell.numeric, at).toContain("tabular-nums");
        expect(cell.rule, at).toBe("2px");
      }
      expect(await page.locator(".np-article").innerText(), at).not.toContain("| ---");
      expect(await noPageOverflow(page), at).toBe(true);
    });
  }, 120_000);

  it("links bare addresses and starts them on the line of the text before them", async () => {
    await each("market-table.html", async (page, at) => {
      const link = page.locator(".np-article a.np-url").first();
      expect(await link.getAttribute("href"), at).toMatch(/^https:\/\/www\.example\.org\/reports\//);
      const sameLine = await link.evaluate((a) => {
        const before = a.previousSibling;
        if (!before) return false;
        const range = document.createRange();
        range.selectNodeContents(before);
        const last = [...range.getClientRects()].at(-1);
        const first = a.getClientRects()[0];
        return last !== undefined && first !== undefined && Math.abs(last.top - first.top) < 4;
      });
      expect(sameLine, at).toBe(true);
      expect(await page.locator(".np-article del").count(), at).toBe(1);
      // A long word written as plain text also starts on the line of the text before it.
      await page.goto(`${server.url}${at.split("/")[0]}/taipei-software.html`);
      const word = page.locator(".np-article span.np-url");
      expect(await word.innerText(), at).toBe("RoutePlanningOptimizationEngineForTaxiDrivers");
      expect(
        await word.evaluate((span) => {
          const range = document.createRange();
          range.selectNodeContents(span.previousSibling!);
          return Math.abs(([...range.getClientRects()].at(-1)?.top ?? -99) - (span.getClientRects()[0]?.top ?? 0)) < 4;
        }),
        at,
      ).toBe(true);
      await page.goto(`${server.url}${at.split("/")[0]}/market-table.html`);
      expect(await page.locator(".np-article .footnotes li").count(), at).toBe(1);
      expect(await noPageOverflow(page), at).toBe(true);
    });
  }, 120_000);

  it("breaks headlines between words only", async () => {
    await each("portrait-lead.html", async (page, at) => {
      const h1 = page.locator(".np-head h1");
      expect(await h1.evaluate((e) => getComputedStyle(e).wordBreak), at).toBe("keep-all");
      expect(await h1.locator("wbr").count(), at).toBeGreaterThan(4);
      // Every line of the headline ends at a word's end (a <wbr>, a space or the end).
      const clean = await h1.evaluate((element) => {
        const ends = new Set<number>();
        let offset = 0;
        const texts: Text[] = [];
        for (const node of element.childNodes) {
          if (node.nodeType === Node.TEXT_NODE) {
            texts.push(node as Text);
            offset += (node as Text).length;
            ends.add(offset);
          }
        }
        const range = document.createRange();
        let previousTop: number | undefined;
        let at = 0;
        const breaks: number[] = [];
        for (const text of texts) {
          for (let index = 0; index < text.length; index++, at++) {
            range.setStart(text, index);
            range.setEnd(text, index + 1);
            const top = range.getClientRects()[0]?.top;
            if (top !== undefined && previousTop !== undefined && top > previousTop + 4) breaks.push(at);
            if (top !== undefined) previousTop = top;
          }
        }
        return breaks.every((position) => ends.has(position) || /\s/.test(element.textContent?.[position - 1] ?? ""));
      });
      expect(clean, at).toBe(true);
    });
  }, 120_000);

  it("writes 更新： with a colon and keeps the QR code from pushing 複製連結 aside", async () => {
    await each("market-table.html", async (page, at) => {
      expect(await page.locator(".np-head .np-meta").innerText(), at).toMatch(/(更新|更新)：2025/);
      const copy = page.locator("[data-np-copy]");
      const before = await page.locator(".np-wechat").boundingBox();
      const place = () =>
        copy.evaluate((e) => {
          const box = e.parentElement!.getBoundingClientRect();
          return { x: box.x + scrollX, y: box.y + scrollY };
        });
      const copyBefore = await place();
      await page.locator(".np-wechat summary").click();
      const copyAfter = await place();
      expect(await page.locator(".np-qr svg").isVisible(), at).toBe(true);
      expect(copyAfter.x, at).toBe(copyBefore.x);
      expect(copyAfter.y, at).toBe(copyBefore.y);
      expect(before, at).not.toBeNull();
      await page.locator(".np-wechat summary").click();
    });
  }, 120_000);
});

describe("feeds", () => {
  it("carry tables with their caption and right-aligned numbers, and footnotes", async () => {
    for (const edition of EDITIONS) {
      const feed = await (await fetch(`${server.url}${edition}/feed.xml`)).text();
      expect(feed, edition).toMatch(/&lt;caption&gt;表二/);
      expect(feed, edition).toContain("&lt;td align=&quot;right&quot;&gt;22,845.1&lt;/td&gt;");
      expect(feed, edition).toContain("data-footnotes");
    }
  });
});

describe("the reading toolbar", () => {
  it("stays one row at 320 px with up to four editions and every font size", async () => {
    for (const colorScheme of SCHEMES) {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 }, colorScheme });
      for (const edition of EDITIONS) {
        await page.goto(`${server.url}${edition}/market-table.html`);
        for (const editions of [3, 4]) {
          if (editions === 4) {
            // A fourth edition, as a site with one more would have it.
            await page.evaluate(() => {
              const list = document.querySelector(".np-switch")!;
              const item = list.querySelector("li:last-child")!.cloneNode(true) as HTMLElement;
              item.querySelector("a, span")!.textContent = "新";
              list.append(item);
            });
          }
          for (const size of ["s", "m", "l"]) {
            await page.locator(`input[name=np-font][value=${size}]`).check({ force: true });
            const rows = await page.evaluate(() => {
              const tops = [
                ...document.querySelectorAll(".np-tools :is(.np-switch li, .np-font label, .np-print)"),
              ].map((element) => Math.round(element.getBoundingClientRect().top));
              return { tops: new Set(tops).size, width: document.documentElement.scrollWidth };
            });
            expect(rows, `${edition}, ${editions} editions, size ${size}, ${colorScheme}`).toEqual({
              tops: 1,
              width: 320,
            });
          }
        }
      }
      await page.close();
    }
  }, 120_000);

  it("never leaves a focused element under the sticky bar or out of view", async () => {
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 600 } });
      await page.goto(`${server.url}zh-hant/market-table.html`);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      for (let step = 0; step < 14; step++) {
        await page.keyboard.press("Shift+Tab");
        const seen = await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement | null;
          const bar = document.querySelector(".np-bar")!.getBoundingClientRect();
          if (!focused || focused === document.body || bar.height === 0) return true;
          if (document.querySelector(".np-bar")!.contains(focused)) return true;
          const box = focused.getBoundingClientRect();
          return (
            box.top >= bar.bottom - 1 && box.bottom <= innerHeight + 1 && box.left >= 0 && box.right <= innerWidth + 1
          );
        });
        expect(seen, `step ${step} at ${width} px`).toBe(true);
      }
      // The sections scroll sideways on a phone: the last one, focused, is in view.
      await page.goto(`${server.url}zh-hant/market-table.html`);
      await page.locator(".np-sections a").last().focus();
      const box = await page.locator(".np-sections a").last().boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width + 1, `${width} px`).toBe(true);
      await page.close();
    }
  }, 60_000);
});

describe("front page and listings", () => {
  it("shows no story twice and leaves no hole beside the panorama lead", async () => {
    await each("index.html", async (page, at) => {
      const links = await page
        .locator("main .np-card-title a")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(new Set(links).size, at).toBe(links.length);
      expect(await noPageOverflow(page), at).toBe(true);
      const width = page.viewportSize()?.width ?? 0;
      if (width < 1024) return;
      // Panorama lead: across the page, the latest stories below it.
      const top = await page.locator(".np-front-top").boundingBox();
      const latest = await page.locator(".np-front-latest").boundingBox();
      expect(top && latest && latest.y >= top.y + top.height - 1, at).toBe(true);
      expect(top && top.width > width * 0.7, at).toBe(true);
      // Photo stories of a section line up: their headlines start at one height.
      for (const block of await page.locator(".np-front-block .np-grid").all()) {
        const tops = await block
          .locator(".np-card-title")
          .evaluateAll((hs) => hs.map((h) => Math.round(h.getBoundingClientRect().top)));
        expect(new Set(tops).size, at).toBeLessThanOrEqual(1);
      }
    });
  }, 120_000);

  it("gives listing summaries the card's full width on a phone", async () => {
    for (const edition of EDITIONS) {
      const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
      await page.goto(`${server.url}${edition}/category/she-hui/`);
      const widths = await page
        .locator(".np-card-photo .np-summary")
        .evaluateAll((ps) =>
          ps.map((p) => p.getBoundingClientRect().width / p.closest(".np-card")!.getBoundingClientRect().width),
        );
      expect(widths.length, edition).toBeGreaterThan(0);
      for (const ratio of widths) expect(ratio, edition).toBeGreaterThan(0.95);
      await page.close();
    }
  });
});

describe("search", () => {
  const search = async (page: Page, edition: string, query: string) => {
    await page.goto(`${server.url}${edition}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelector(".np-search-status")?.textContent !== "");
    return page.locator(".np-search-results > li");
  };

  it("finds words the segmenter cut otherwise, and regional words both ways", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    const cases: [string, string[]][] = [
      ["家裡", ["taipei-software", "beijing-bike"]],
      ["家里", ["taipei-software", "beijing-bike"]],
      ["家裏", ["taipei-software", "beijing-bike"]],
      ["的士", ["taxi-hk", "taipei-software", "beijing-bike"]],
      ["計程車", ["taxi-hk", "taipei-software", "beijing-bike"]],
      ["单车", ["taxi-hk", "taipei-software", "beijing-bike"]],
      ["軟件", ["taxi-hk", "taipei-software", "beijing-bike"]],
    ];
    for (const edition of EDITIONS) {
      for (const [query, slugs] of cases) {
        const results = await search(page, edition, query);
        const found = await results
          .locator("a")
          .evaluateAll((as) => as.map((a) => (a.getAttribute("href") ?? "").replace(/^.*\/|\.html$/g, "")));
        expect(found.sort(), `${query} in ${edition}`).toEqual([...slugs].sort());
      }
    }
    await page.close();
  }, 120_000);

  it("marks whole words in an excerpt around the match, never single characters", async () => {
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme });
        for (const edition of EDITIONS) {
          const results = await search(page, edition, "的士");
          const marks = await results.locator("mark").allInnerTexts();
          expect(marks.length, edition).toBeGreaterThan(2);
          for (const mark of marks) expect([...mark].length, `${mark} in ${edition}`).toBeGreaterThan(1);
          // Each result shows a marked excerpt of its text, in the edition's quotation marks.
          for (const result of await results.all()) {
            expect(await result.locator(".np-summary mark").count(), edition).toBeGreaterThan(0);
          }
          const excerpts = (await results.locator(".np-summary").allInnerTexts()).join("");
          expect(excerpts, edition).toMatch(edition === "zh-hans" ? /“過海的士|“过海的士/ : /「過海的士/);
          if (edition === "zh-hans") expect(excerpts).not.toMatch(/[「」『』]/);
        }
        await page.close();
      }
    }
  }, 120_000);

  it("cuts each edition's excerpt from its own words, not the indexed edition's folded back", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // beijing-bike.md says 发布数据: the Taiwan edition writes 資料, which folds to 资料, not 数据.
    const expected = { "zh-hans": "发布数据", "zh-hant-hk": "數據", "zh-hant": "資料" } as const;
    for (const edition of EDITIONS) {
      const results = await search(page, edition, "交通委员会");
      const excerpts = (await results.locator(".np-summary").allInnerTexts()).join("");
      expect(excerpts, edition).toContain(expected[edition]);
    }
    await page.close();
  }, 60_000);
});

describe("each edition's own words", () => {
  const WORDS = {
    "zh-hant": { related: "相關報導", email: "電子郵件", switch: "選擇版本", font: "字級", qr: "QR 碼" },
    "zh-hant-hk": { related: "相關報道", email: "電郵", switch: "選擇版本", font: "字體大小", qr: "二維碼" },
    "zh-hans": { related: "相关报道", email: "邮件", switch: "选择版本", font: "字号", qr: "二维码" },
  } as const;

  it("uses Taiwan, Hong Kong and mainland interface wording, and Taiwan vocabulary in the Taiwan edition", async () => {
    const page = await browser.newPage();
    for (const edition of EDITIONS) {
      const words = WORDS[edition];
      await page.goto(`${server.url}${edition}/market-table.html`);
      expect(await page.locator(".np-related h2").innerText()).toBe(words.related);
      expect(await page.locator('[data-np-share="email"]').innerText()).toBe(words.email);
      const label = await page.locator(".np-switch").getAttribute("aria-label");
      expect(label).toBe(words.switch);
      expect(label).not.toMatch(/字體|字体|font/i);
      expect(await page.locator(".np-font legend").textContent()).toBe(words.font);
      expect(await page.locator(".np-qr p").textContent()).toContain(words.qr);
    }
    await page.goto(`${server.url}zh-hant/beijing-bike.html`);
    const taiwan = await page.locator(".np-article").innerText();
    for (const word of ["計程車", "軟體", "資訊", "網路"]) expect(taiwan).toContain(word);
    await page.close();
  });

  it("sends Macau readers to the Hong Kong edition and titles the root once per name", async () => {
    for (const [locale, edition] of [
      ["zh-MO", "zh-hant-hk"],
      ["zh-HK", "zh-hant-hk"],
      ["zh-TW", "zh-hant"],
      ["zh-CN", "zh-hans"],
    ] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForURL(`**/${edition}/`);
      await context.close();
    }
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(server.url);
    expect(await page.title()).toBe("新聞印刷 · 新闻印刷");
    await page.close();
  });
});

describe("print", () => {
  it("prints an article without a near-blank sheet", async () => {
    const dir = mkdtempSync(join(tmpdir(), "np-reader-print-"));
    const page = await browser.newPage();
    for (const slug of ["market-table", "portrait-lead", "taxi-hk"]) {
      await page.goto(`${server.url}zh-hant/${slug}.html`);
      await page.emulateMedia({ media: "print" });
      const file = join(dir, `${slug}.pdf`);
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
      // The last sheet holds more than the address: some article text.
      const last = execFileSync("pdftotext", ["-f", String(pages), "-l", String(pages), "-layout", file, "-"], {
        encoding: "utf8",
      });
      const lines = last.split("\n").filter((line) => line.trim() !== "" && !/^\s*\d+ \/ \d+\s*$/.test(line));
      expect(lines.length, slug).toBeGreaterThan(2);
      // Tables print whole, with their caption.
      if (slug === "market-table") {
        const all = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
        expect(all).toContain("表二");
        expect(all).toMatch(/22,845\.1/);
        expect(all).toMatch(/\+1\.05%/);
      }
    }
    await page.close();
  }, 60_000);
});
