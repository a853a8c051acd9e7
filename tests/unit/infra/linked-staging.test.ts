/**
 * A rebuild's staging folder linked to the live site: unchanged pages are shared with the live site
 * (not copied), a page written again never changes the live site's file, pages the build no longer
 * makes are removed, and the result is the same site a cold build makes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import fsPromises, { writeFile as namedWriteFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { linkPreviousPages, manifestFile, stampLiveSite } from "../../../src/lib/output/linked-staging.ts";
import { hashTree } from "../../support/files.ts";
import { buildSite, ROOT } from "../../support/site.ts";

const WORK = join(ROOT, ".tmp/linked-staging");
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

/** A live site of three pages and the manifest that produced it. */
function liveSite(dir: string): { cache: string; live: string; staging: string } {
  rmSync(dir, { recursive: true, force: true });
  const cache = join(dir, "cache");
  const live = join(dir, "dist");
  const staging = join(dir, ".dist.staging");
  const pages = ["zh-hans/a.html", "zh-hans/b.html", "zh-hant/feed.xml"];
  for (const page of pages) {
    mkdirSync(join(live, page, ".."), { recursive: true });
    writeFileSync(join(live, page), `old ${page}`);
  }
  mkdirSync(cache, { recursive: true });
  const paths = Object.fromEntries(pages.map((page) => [`/${page}`, { cacheKey: "k", outputFile: page }]));
  writeFileSync(manifestFile(cache), JSON.stringify({ routes: { "src/pages/x.astro": { paths } } }));
  return { cache, live, staging };
}

describe("linked staging folder", () => {
  it("links nothing unless the live site is the manifest's output", async () => {
    const { cache, live, staging } = liveSite(join(WORK, "unstamped"));
    const previous = linkPreviousPages(cache, live, staging);
    expect(await previous.ready).toBe(0);
    await previous.release();
    // Stamped, then the manifest moves on (a build that failed after Astro wrote it): still nothing.
    stampLiveSite(cache, live);
    writeFileSync(manifestFile(cache), readFileSync(manifestFile(cache), "utf8").replace('"k"', '"k2"'));
    const stale = linkPreviousPages(cache, live, staging);
    expect(await stale.ready).toBe(0);
    await stale.release();
  });

  it("shares unchanged pages and never writes through a link", async () => {
    const { cache, live, staging } = liveSite(join(WORK, "stamped"));
    stampLiveSite(cache, live);
    const previous = linkPreviousPages(cache, live, staging);
    try {
      expect(await previous.ready).toBe(3);
      expect(statSync(join(staging, "zh-hans/a.html")).ino).toBe(statSync(join(live, "zh-hans/a.html")).ino);
      // Written again through each kind of write function a build may use.
      await fsPromises.writeFile(join(staging, "zh-hans/a.html"), "new a");
      await namedWriteFile(new URL(`file://${join(staging, "zh-hant/feed.xml")}`), "new feed");
      expect(readFileSync(join(staging, "zh-hans/a.html"), "utf8")).toBe("new a");
      expect(readFileSync(join(live, "zh-hans/a.html"), "utf8")).toBe("old zh-hans/a.html");
      expect(readFileSync(join(live, "zh-hant/feed.xml"), "utf8")).toBe("old zh-hant/feed.xml");
      // Astro's second copy of a page is not written, and a stale one goes.
      mkdirSync(join(cache, "dist/zh-hans"), { recursive: true });
      writeFileSync(join(cache, "dist/zh-hans/a.html"), "stale copy");
      await fsPromises.writeFile(join(cache, "dist/zh-hans/a.html"), "new a");
      await fsPromises.writeFile(join(cache, "dist/zh-hans/c.html"), "new c");
      expect(existsSync(join(cache, "dist/zh-hans/a.html"))).toBe(false);
      expect(existsSync(join(cache, "dist/zh-hans/c.html"))).toBe(false);
      // An encoded photo taken from the cache is linked; rewriting the cache entry leaves it alone.
      mkdirSync(join(cache, "assets"), { recursive: true });
      mkdirSync(join(staging, "_astro"), { recursive: true });
      writeFileSync(join(cache, "assets/p.webp"), "photo");
      await fsPromises.copyFile(join(cache, "assets/p.webp"), join(staging, "_astro/p.webp"));
      expect(statSync(join(staging, "_astro/p.webp")).ino).toBe(statSync(join(cache, "assets/p.webp")).ino);
      await fsPromises.writeFile(join(cache, "assets/p.webp"), "other photo");
      expect(readFileSync(join(staging, "_astro/p.webp"), "utf8")).toBe("photo");
      // The build no longer makes b.html (Astro never looks for it): its link goes, the rewritten pages stay.
      expect(existsSync(join(staging, "zh-hans/b.html"))).toBe(true);
      expect(await previous.prune()).toBe(1);
      expect([...hashTree(staging).keys()].filter((path) => !path.startsWith("_astro/")).length).toBe(2);
      expect(readFileSync(join(live, "zh-hans/b.html"), "utf8")).toBe("old zh-hans/b.html");
    } finally {
      await previous.release();
    }
    // Released: writes are plain writes again.
    expect(fsPromises.writeFile).toBe(namedWriteFile);
    expect(fsPromises.writeFile.name).toBe("writeFile");
  });

  it("links the live site's encoded photos, and prunes those the build no longer takes", async () => {
    const { cache, live, staging } = liveSite(join(WORK, "photos"));
    mkdirSync(join(cache, "assets"), { recursive: true });
    mkdirSync(join(live, "_astro/photos"), { recursive: true });
    for (const name of ["kept_1.webp", "gone_2.webp"]) {
      writeFileSync(join(cache, "assets", name), name);
      writeFileSync(join(live, "_astro/photos", name), name);
    }
    writeFileSync(join(cache, "assets/kept_1.webp.json"), "{}");
    writeFileSync(join(cache, "assets/new_3.webp"), "new_3.webp");
    stampLiveSite(cache, live);
    const previous = linkPreviousPages(cache, live, staging);
    try {
      expect(await previous.ready).toBe(5);
      const inode = (path: string) => statSync(path).ino;
      const kept = join(staging, "_astro/photos/kept_1.webp");
      expect(inode(kept)).toBe(inode(join(live, "_astro/photos/kept_1.webp")));
      // Astro takes two photos from its cache: one the live site has (left in place), one new.
      await fsPromises.copyFile(join(cache, "assets/kept_1.webp"), kept);
      await fsPromises.copyFile(join(cache, "assets/new_3.webp"), join(staging, "_astro/photos/new_3.webp"));
      // Astro keeps the unchanged pages: it finds each in place.
      for (const page of ["zh-hans/a.html", "zh-hans/b.html", "zh-hant/feed.xml"])
        expect(existsSync(pathToFileURL(join(staging, page)))).toBe(true);
      expect(inode(kept)).toBe(inode(join(live, "_astro/photos/kept_1.webp")));
      expect(inode(join(staging, "_astro/photos/new_3.webp"))).toBe(inode(join(cache, "assets/new_3.webp")));
      // The photo no page took any more is pruned with the pages; the live site keeps its files.
      expect(await previous.prune()).toBe(1);
      expect(readdirSync(join(staging, "_astro/photos")).sort()).toEqual(["kept_1.webp", "new_3.webp"]);
      expect(readdirSync(join(live, "_astro/photos")).sort()).toEqual(["gone_2.webp", "kept_1.webp"]);
    } finally {
      await previous.release();
    }
  });

  it("keeps the linked pages Astro finds in place and removes the rest", async () => {
    // A folder name a URL spells otherwise (percent-encoded): Astro's questions are URLs.
    const { cache, live, staging } = liveSite(join(WORK, "kept 保留 #1"));
    stampLiveSite(cache, live);
    const previous = linkPreviousPages(cache, live, staging);
    try {
      expect(await previous.ready).toBe(3);
      // Astro asks with the page's URL; a path string is an answer from the file system as well.
      expect(existsSync(pathToFileURL(join(staging, "zh-hans/a.html")))).toBe(true);
      expect(existsSync(pathToFileURL(join(staging, "zh-hans/missing.html")))).toBe(false);
      writeFileSync(join(staging, "zh-hant/feed.xml"), "new feed");
      expect(readFileSync(join(live, "zh-hant/feed.xml"), "utf8")).toBe("old zh-hant/feed.xml");
      expect(await previous.prune()).toBe(1);
      expect(readdirSync(join(staging, "zh-hans"))).toEqual(["a.html"]);
      expect(statSync(join(staging, "zh-hans/a.html")).ino).toBe(statSync(join(live, "zh-hans/a.html")).ino);
      expect(readFileSync(join(staging, "zh-hant/feed.xml"), "utf8")).toBe("new feed");
    } finally {
      await previous.release();
    }
  });

  it("holds a write made while the pages are still being linked until they are", async () => {
    const { cache, live, staging } = liveSite(join(WORK, "early"));
    // Enough pages that the linking thread is still at work when the write comes.
    const many = Array.from({ length: 3000 }, (_, i) => `zh-hant/p${i}.html`);
    for (const page of many) writeFileSync(join(live, page), `old ${page}`);
    const manifest = JSON.parse(readFileSync(manifestFile(cache), "utf8")) as {
      routes: Record<string, { paths: Record<string, unknown> }>;
    };
    for (const page of many) manifest.routes["src/pages/x.astro"]!.paths[`/${page}`] = { outputFile: page };
    writeFileSync(manifestFile(cache), JSON.stringify(manifest));
    stampLiveSite(cache, live);
    const previous = linkPreviousPages(cache, live, staging);
    try {
      const last = many.at(-1)!;
      await fsPromises.writeFile(join(staging, last), "new");
      // Every page linked, the written one too: the write waited, then replaced its link.
      expect(await previous.ready).toBe(many.length + 3);
      expect(readFileSync(join(staging, last), "utf8")).toBe("new");
      expect(readFileSync(join(live, last), "utf8")).toBe(`old ${last}`);
      expect(statSync(join(staging, "zh-hant/p0.html")).ino).toBe(statSync(join(live, "zh-hant/p0.html")).ino);
    } finally {
      await previous.release();
    }
  });

  it("rebuilds to the site a cold build makes, sharing unchanged pages with the previous one", async () => {
    const content = join(WORK, "content");
    rmSync(content, { recursive: true, force: true });
    mkdirSync(content, { recursive: true });
    const article = (slug: string, body: string) =>
      `---\ntitle: 青岛保密培训${slug}\ndate: 2021-12-0${slug.length}\nsource: 宣传教育司\n---\n\n${body}\n`;
    writeFileSync(join(content, "a.md"), article("a", "青岛市保密局近日举办保密培训。"));
    writeFileSync(join(content, "bb.md"), article("bb", "培训采取线上线下相结合的方式。"));
    writeFileSync(join(content, "ccc.md"), article("ccc", "参训人员表示收获很大。"));
    const out = join(WORK, "linked-out");
    // Test sites keep their cache by the output folder's name (tests/support/site.ts): start clean.
    for (const name of ["linked-out", "linked-cold"])
      rmSync(join(ROOT, ".tmp/cache", name), { recursive: true, force: true });
    const first = await buildSite({ outDir: relative(ROOT, out), contentDir: content });
    expect(first.code, first.stderr).toBe(0);
    const inode = (page: string) => statSync(join(out, page)).ino;
    const before = { a: inode("zh-hans/a.html"), bb: inode("zh-hans/bb.html") };

    writeFileSync(join(content, "bb.md"), article("bb", "培训采取线上线下相结合的方式，为期两天。"));
    unlinkSync(join(content, "ccc.md"));
    const second = await buildSite({ outDir: relative(ROOT, out), contentDir: content });
    expect(second.code, second.stderr).toBe(0);
    expect(inode("zh-hans/a.html")).toBe(before.a);
    expect(inode("zh-hans/bb.html")).not.toBe(before.bb);
    expect(readFileSync(join(out, "zh-hans/bb.html"), "utf8")).toContain("为期两天");

    const cold = join(WORK, "linked-cold");
    const fresh = await buildSite({ outDir: relative(ROOT, cold), contentDir: content });
    expect(fresh.code, fresh.stderr).toBe(0);
    // The search index is incremental (search-delta.ts): the rebuild keeps its base shards and adds
    // a delta, where a cold build indexes everything anew; tests/browser/search-delta.test.ts checks
    // that both find the same. Every other file is the cold build's.
    const withoutIndex = (tree: Map<string, string>) =>
      new Map([...tree].filter(([path]) => !path.startsWith("pagefind/")));
    const rebuilt = hashTree(out);
    expect([...rebuilt.keys()].some((path) => path.includes("ccc"))).toBe(false);
    expect(withoutIndex(rebuilt)).toEqual(withoutIndex(hashTree(cold)));
    const manifest = (site: string) => JSON.parse(readFileSync(join(site, "pagefind/shards.json"), "utf8")) as unknown;
    expect(manifest(out)).toMatchObject({ delta: "delta", stale: ["bb", "ccc"] });
    expect(manifest(cold)).toMatchObject({ stale: [] });
    // The replaced sites are deleted in the background, soon after.
    const retiredSites = () => readdirSync(WORK).filter((name) => name.startsWith(".linked-out.retired-"));
    for (let waited = 0; retiredSites().length > 0 && waited < 30_000; waited += 200) await sleep(200);
    expect(retiredSites()).toEqual([]);
    // No second copy of any page in Astro's cache: the live site's pages are linked instead.
    const copies = join(ROOT, ".tmp/cache", "linked-out", "dist");
    expect(
      existsSync(copies) ? [...hashTree(copies).keys()].filter((path) => /\.(html|xml)$/u.test(path)) : [],
    ).toEqual([]);
  }, 300_000);
});
