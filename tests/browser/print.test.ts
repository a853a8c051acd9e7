import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { SEED_SLUG as SLUG } from "../support/articles.ts";
import { useServedSite } from "../support/browser.ts";

const site = useServedSite(() => inject("siteDir"));
const dir = mkdtempSync(join(tmpdir(), "np-print-"));

/** Prints a page as Chromium's print dialog would, and reads the PDF back with poppler. */
async function printToPdf(segment: string): Promise<{ info: string; pages: string[]; url: string }> {
  const page = await site.browser.newPage();
  const url = `${site.server.url}${segment}/${SLUG}.html`;
  await page.goto(url);
  const file = join(dir, `${segment}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  await page.close();
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return { info, pages: text.split("\f").filter((p) => p.trim() !== ""), url };
}

describe("printing", () => {
  it("gives A4 pages with title, date, source, URL and page numbers, without controls", async () => {
    const { info, pages, url } = await printToPdf("zh-hant");
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const all = pages.join("\n").replace(/[ \t]+/g, " ");
    expect(all).toContain("青島：保密培訓快速起效 宣教成果次第開花");
    expect(all).toContain("2021年12月6日");
    expect(all).toContain("來源：宣傳教育司");
    expect(all.replace(/\s/g, "")).toContain(`本文網址：${url}`);
    pages.forEach((page, index) =>
      expect(page).toMatch(new RegExp(`(^|\\s)${index + 1}\\s*/\\s*${pages.length}\\s*$`)),
    );
    // The site's name heads the first page; no control, navigation or sharing is printed.
    expect(pages[0]?.trim().split("\n")[0]?.trim()).toBe("新聞印刷");
    for (const control of ["字級", "列印", "首頁", "简", "分享", "微博"]) expect(all).not.toContain(control);
    // The last page holds more than the page's address.
    const last = (pages.at(-1) ?? "").replace(/本文網址：\S+/, "").replace(/\d+\s*\/\s*\d+\s*$/, "");
    expect(last.trim().length).toBeGreaterThan(20);
    expect(all).toContain("幹部");
    expect(all).not.toContain("干部");
  });

  it("prints the Simplified page in Simplified", async () => {
    const { pages } = await printToPdf("zh-hans");
    const all = pages.join("\n");
    expect(all).toContain("青岛：保密培训快速起效");
    expect(all).toContain("干部");
    expect(all).not.toMatch(/幹部|打印|字号/);
  });

  it("has a print button that opens the print dialog", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}zh-hant/${SLUG}.html`);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.click("[data-np-print]");
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.close();
  });
});
