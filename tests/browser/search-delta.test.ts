/**
 * The incremental search index in Chromium (search-delta.ts): a site built, then one article
 * edited (a word removed, another added), one published and one deleted, and the site rebuilt with
 * the same cache. The rebuild indexes only the delta; search shows the edited article once, with
 * its new words only, finds the new article and never the deleted one. Served under a sub-path.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchManifest } from "../../src/lib/site/search-meta.ts";
import { launchBrowser, serve, type StaticServer } from "../support/browser.ts";
import { buildSite, ROOT } from "../support/site.ts";

const WORK = join(ROOT, ".tmp/search-delta-site");
const CONTENT = join(WORK, "content");
const OUT = join(WORK, "search-delta-out");
const BASE = "/news/";

const article = (title: string, date: string, ...paragraphs: string[]) =>
  `---\ntitle: ${title}\ndate: ${date}\nsource: 本报\n---\n\n${paragraphs.join("\n\n")}\n`;

/** Slug → article. The harbour story is edited, the tea story deleted, the museum story published. */
const FIRST: Record<string, string> = {
  "harbour-night": article(
    "港区夜间作业纪实",
    "2024-05-02",
    "深夜的码头依旧灯火通明，工人们在吊机下装卸集装箱。",
    "港口东侧的灯塔已有百年历史，至今仍为进港船只指引方向。",
  ),
  "tea-harvest": article("茶农赶采明前茶", "2024-04-01", "清明前夕，太湖边的茶园里，茶农忙着采摘碧螺春嫩芽。"),
  "metro-line": article("地铁新线开通运营", "2024-06-10", "新线全长三十公里，设站二十座，连接机场与市中心。"),
  "bridge-closure": article("跨海大桥顺利合龙", "2024-07-15", "大桥主跨合龙标志着工程进入收尾阶段。"),
  "rain-season": article("入汛以来降雨偏多", "2024-06-20", "气象部门提醒市民关注强降雨预警，注意出行安全。"),
};
const EDITED = article(
  "港区夜间作业纪实",
  "2024-05-02",
  "深夜的码头依旧灯火通明，工人们在吊机下装卸集装箱。",
  "港口东侧的水下管道由潜水员定期检修，保障船只安全进港。",
);
const PUBLISHED = article("博物馆新展开幕", "2024-08-01", "新展汇集出土青铜器两百余件，多件为首次公开展出。");

let browser: Browser;
let server: StaticServer;
let firstBuild: string;
let secondBuild: string;

function writeContent(articles: Record<string, string>): void {
  rmSync(CONTENT, { recursive: true, force: true });
  mkdirSync(CONTENT, { recursive: true });
  for (const [slug, text] of Object.entries(articles)) writeFileSync(join(CONTENT, `${slug}.md`), text);
}

async function build(): Promise<string> {
  const result = await buildSite({
    outDir: relative(ROOT, OUT),
    contentDir: CONTENT,
    base: BASE,
    env: { NEWSPRINT_LOG_LEVEL: "info" }, // The build's summary line counts the shards indexed.
  });
  if (result.code !== 0) throw new Error(`Search delta site build failed:\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}

/** Inode of each base shard's entry file: the same after a rebuild when the shard was linked from the cache, not indexed again. */
const inodes = (shards: readonly string[]) =>
  shards.map((shard) => statSync(join(OUT, "pagefind", shard, "pagefind-entry.json")).ino);

const manifest = () => JSON.parse(readFileSync(join(OUT, "pagefind/shards.json"), "utf8")) as SearchManifest;

/** The slugs of the articles a search on the edition's search page lists, in order. */
async function search(page: Page, edition: string, query: string): Promise<string[]> {
  await page.goto(`${server.url}${edition}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => document.querySelector(".np-search-status")?.textContent !== "");
  const links = await page
    .locator(".np-search-results > li h2 a")
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
  return links.map((path) => path.replace(/^.*\/([^/]+?)(\.html|\/)?$/, "$1"));
}

beforeAll(async () => {
  rmSync(WORK, { recursive: true, force: true });
  rmSync(join(ROOT, ".tmp/cache/search-delta-out"), { recursive: true, force: true }); // buildSite's cache for OUT
  writeContent(FIRST);
  firstBuild = await build();
  browser = await launchBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(WORK, { recursive: true, force: true });
});

describe("search after edits, a new article and a deletion", () => {
  it("finds the first build's words, with no delta", async () => {
    expect(manifest()).toMatchObject({ stale: [] });
    expect(manifest().delta).toBeUndefined();
    expect(firstBuild).toMatch(/5 search records \(\d+ shards, 0 unchanged, 0 in the delta\)/);
    server = await serve(OUT, BASE);
    const page = await browser.newPage();
    expect(await search(page, "zh-hans", "灯塔")).toEqual(["harbour-night"]);
    expect(await search(page, "zh-hans", "碧螺春")).toEqual(["tea-harvest"]);
    expect(await search(page, "zh-hans", "潜水员")).toEqual([]);
    await page.close();
    await server.close();
  }, 120_000);

  it("indexes only the changes after the rebuild, and search shows each article's current text once", async () => {
    const { shards } = manifest();
    const before = inodes(shards);
    writeContent({
      ...Object.fromEntries(Object.entries(FIRST).filter(([slug]) => slug !== "tea-harvest")),
      "harbour-night": EDITED,
      "museum-show": PUBLISHED,
    });
    secondBuild = await build();
    // The base shards are reused as they are; the edited and the new article make the delta.
    expect(secondBuild).toMatch(
      new RegExp(`5 search records \\(${shards.length + 1} shards, ${shards.length} unchanged, 2 in the delta\\)`),
    );
    expect(manifest()).toEqual({ shards, delta: "delta", stale: ["harbour-night", "tea-harvest"] });
    expect(inodes(shards)).toEqual(before);

    server = await serve(OUT, BASE);
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    for (const edition of ["zh-hans", "zh-hant"]) {
      // A word in both versions of the edited article: listed once (the base copy is dropped).
      expect(await search(page, edition, "码头")).toEqual(["harbour-night"]);
      // The word added by the edit, in either script; the word it removed is gone.
      expect(await search(page, edition, "潜水员")).toEqual(["harbour-night"]);
      expect(await search(page, edition, "潛水員")).toEqual(["harbour-night"]);
      expect(await search(page, edition, "灯塔")).toEqual([]);
      // The new article is found, the deleted one never.
      expect(await search(page, edition, "青铜器")).toEqual(["museum-show"]);
      expect(await search(page, edition, "碧螺春")).toEqual([]);
      expect(await search(page, edition, "茶农")).toEqual([]);
    }
    // Unchanged articles are still found from their base shard.
    expect(await search(page, "zh-hans", "合龙")).toEqual(["bridge-closure"]);
    expect(fetched.some((path) => path.startsWith(`${BASE}pagefind/delta/`))).toBe(true);
    await page.close();
  }, 300_000);

  it("loads no article for words that never meet in one, and finds the one that holds them all", async () => {
    const page = await browser.newPage();
    const fragments: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/fragment/")) fragments.push(request.url());
    });
    // 码头 is in the harbour story, 合龙 in the bridge story: each shard answers with its own word alone.
    expect(await search(page, "zh-hans", "码头 合龙")).toEqual([]);
    expect(fragments).toEqual([]);
    expect(await search(page, "zh-hant", "碼頭 集裝箱")).toEqual(["harbour-night"]);
    expect(fragments.length).toBeGreaterThan(0);
    await page.close();
  }, 120_000);
});
