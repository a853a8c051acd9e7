/**
 * The build's cost stays linear in the archive (issue 19): work per article is counted, never
 * timed, and what one published story changes is bounded, at one size and at ten times that size.
 */
import { describe, expect, it } from "vitest";
import type { ArticleRecord, EditionHeader } from "../../src/lib/article/schema.ts";
import { loadSiteConfig } from "../../src/lib/site/config.ts";
import { FEED_SIZE } from "../../src/lib/site/feed.ts";
import { PAGE_SIZE, type Page } from "../../src/lib/site/pagination.ts";
import { RELATED_WINDOW, relatedStories, type RelatedProbe } from "../../src/lib/site/related.ts";
import {
  articlePaths,
  authorPaths,
  categoryFeedPaths,
  categoryPaths,
  feedPaths,
  frontPage,
  indexPaths,
  siteIndex,
  tagPaths,
} from "../../src/lib/site/routes.ts";
import defaultSiteConfig from "../../src/site.config.ts";

const settings = loadSiteConfig(defaultSiteConfig);
const EDITIONS = settings.editions.all.map((edition) => edition.id);

type Extra = { tags?: readonly string[]; authors?: readonly string[]; category?: string };

/** An article record as the collection holds it, with what the page layer reads. */
function record(slug: string, date: string, extra: Extra = {}, version = 1): ArticleRecord {
  const header = {
    title: slug,
    source: "新华社",
    breadcrumb: ["新华网", extra.category ?? "综合"],
    summary: "摘要",
    ...(extra.tags ? { tags: [...extra.tags] } : {}),
    ...(extra.authors ? { authors: [...extra.authors] } : {}),
    ...(extra.category ? { category: extra.category } : {}),
  } as unknown as EditionHeader;
  return {
    slug,
    date,
    file: `content/${slug}.md`,
    digest: `${slug}@${version}`,
    editions: Object.fromEntries(EDITIONS.map((id) => [id, header])),
  } as unknown as ArticleRecord;
}

const day = (i: number) => new Date(Date.UTC(2005, 0, 1) + i * 3_600_000).toISOString();

/**
 * An archive of `n` articles, one an hour, over 12 sections, 40 tags (each article 2–3) and 30
 * authors, a quarter of them wire stories with a section only: every list grows with the archive,
 * as a newsroom's does.
 */
function archive(n: number): ArticleRecord[] {
  return Array.from({ length: n }, (_, i) =>
    record(
      `a${String(i).padStart(6, "0")}`,
      day(i),
      i % 4 === 3
        ? { category: `栏目${i % 12}` }
        : {
            category: `栏目${i % 12}`,
            tags: [`话题${i % 40}`, `地区${(i * 7) % 40}`, ...(i % 3 === 0 ? [`专题${i % 5}`] : [])],
            authors: [`记者${i % 30}`],
          },
    ),
  );
}

/** The newest story, in a section, tags and an author that already have many stories. */
const published = (n: number) =>
  record("new-story", day(n + 1), { category: "栏目5", tags: ["话题0", "专题0"], authors: ["记者0"] });

const entries = (records: readonly ArticleRecord[]) => records.map((data) => ({ id: data.slug, data }));

describe("related stories", () => {
  it("look at a bounded number of candidates per article, whatever the archive's size", () => {
    const perArticle = (n: number) => {
      const probe: RelatedProbe = { candidates: 0 };
      const articles = siteIndex(entries(archive(n)), settings).articles;
      relatedStories(articles, 4, probe);
      return probe.candidates / n;
    };
    const small = perArticle(1_000);
    const large = perArticle(10_000);
    // Each article reads at most the window around it in each of its lists (3 tags, author, section).
    const bound = 5 * (2 * RELATED_WINDOW + 1);
    expect(small).toBeGreaterThan(0);
    expect(small).toBeLessThanOrEqual(bound);
    expect(large).toBeLessThanOrEqual(bound);
    // All pairs within a list would make this grow tenfold with the archive.
    expect(large / small).toBeLessThan(1.1);
  });

  it("change for a bounded number of articles when a story is published, whatever the archive's size", () => {
    const changedBy = (n: number) => {
      const before = relatedStories(siteIndex(entries(archive(n)), settings).articles);
      const after = relatedStories(siteIndex(entries([...archive(n), published(n)]), settings).articles);
      let changed = 0;
      for (const [slug, list] of before) {
        const now = after.get(slug) ?? [];
        if (list.map((a) => a.slug).join() !== now.map((a) => a.slug).join()) changed++;
      }
      return changed;
    };
    const small = changedBy(1_000);
    const large = changedBy(10_000);
    // The new story can only enter the window of the articles next to it in its 4 lists.
    expect(small).toBeGreaterThan(0);
    expect(Math.max(small, large)).toBeLessThanOrEqual(4 * RELATED_WINDOW);
  });
});

describe("pages of a published story", () => {
  /** Article pages (all editions) whose cache key changes when one story is published. */
  const changedArticlePages = (n: number) => {
    const keys = (records: readonly ArticleRecord[]) =>
      new Map(
        articlePaths(entries(records), settings).map((path) => [
          `${path.params.edition}/${path.params.slug}`,
          path.cacheKey,
        ]),
      );
    const before = keys(archive(n));
    const after = keys([...archive(n), published(n)]);
    return [...before].filter(([page, key]) => after.get(page) !== key).length;
  };

  it("re-render a bounded number of other articles' pages, at 1,000 and at 10,000 articles", () => {
    const small = changedArticlePages(1_000);
    const large = changedArticlePages(10_000);
    expect(Math.max(small, large)).toBeLessThanOrEqual(4 * RELATED_WINDOW * EDITIONS.length);
  });
});

describe("listing pages of a published story", () => {
  type Listing = { params: Record<string, string | undefined>; cacheKey: string; props: { page: Page<unknown> } };
  const changed = (paths: (records: readonly ArticleRecord[]) => readonly Listing[], n: number) => {
    const keyed = (records: readonly ArticleRecord[]) =>
      new Map(paths(records).map((path) => [JSON.stringify(path.params), path]));
    const before = keyed(archive(n));
    const after = keyed([...archive(n), published(n)]);
    return [...after].flatMap(([id, path]) =>
      before.get(id)?.cacheKey === path.cacheKey ? [] : [{ path, was: before.get(id) }],
    );
  };

  it("change the first index page only, at 1,000 and at 10,000 articles", () => {
    for (const n of [1_000, 10_000]) {
      const pages = changed((records) => indexPaths(entries(records), settings), n);
      expect(pages.map(({ path }) => path.props.page.number)).toEqual(EDITIONS.map(() => 1));
    }
  });

  it("change a tag's, author's or section's older pages only when its first page was full", () => {
    for (const n of [1_000, 10_000]) {
      const pages = [
        ...changed((records) => tagPaths(entries(records), settings), n),
        ...changed((records) => authorPaths(entries(records), settings), n),
        ...changed((records) => categoryPaths(entries(records), settings), n),
      ];
      expect(pages.length).toBeGreaterThan(0);
      for (const { path, was } of pages) {
        if (path.props.page.number === 1) continue;
        // Numbered again: the listing gained a page.
        expect(was?.props.page.count).toBe(path.props.page.count - 1);
      }
    }
  });
});

describe("feeds", () => {
  it("keep their cache key while their stories are unchanged, so a rebuild does not render them again", () => {
    const n = 1_000;
    const keys = (records: readonly ArticleRecord[]) =>
      [...feedPaths(entries(records), settings), ...categoryFeedPaths(entries(records), settings)].map(
        (path) => `${JSON.stringify(path.params)}=${path.cacheKey}`,
      );
    const before = keys(archive(n));
    // An old story edited: in no feed.
    const edited = archive(n).map((data, i) => (i === 10 ? { ...data, digest: "edited" } : data));
    expect(keys(edited)).toEqual(before);
    // A new story: the edition feeds and its section's feeds change, nothing else.
    const after = new Set(keys([...archive(n), published(n)]));
    const changed = before.filter((key) => !after.has(key)).map((key) => JSON.parse(key.split("=")[0] ?? "{}"));
    expect(changed).toHaveLength(2 * EDITIONS.length);
    expect(new Set(changed.map((params: { category?: string }) => params.category ?? "edition")).size).toBe(2);
  });
});

describe("the site index", () => {
  it("is computed once for the collection, not once per route that asks for it", () => {
    const records = archive(300);
    // Astro gives each route's getStaticPaths a new array of new entry objects with the same content.
    const first = siteIndex(entries(records), settings);
    const again = siteIndex(
      records.map((data) => ({ id: data.slug, data: { ...data } })),
      settings,
    );
    expect(again).toBe(first);
    // An edited article (new digest) is a new collection.
    const edited = records.map((data, i) => (i === 7 ? { ...data, digest: "changed" } : data));
    expect(siteIndex(entries(edited), settings)).not.toBe(first);
  });
});

describe("listing, feed and front pages", () => {
  const n = 2_000;
  const records = archive(n);

  it("paginate tag, author, section and archive listings: no page grows with the archive", () => {
    const tagged = (n * 3) / 4;
    for (const [paths, stories] of [
      [tagPaths(entries(records), settings), tagged],
      [authorPaths(entries(records), settings), tagged],
      [categoryPaths(entries(records), settings), n],
      [indexPaths(entries(records), settings), n],
    ] as const) {
      const sizes = paths.map((path) => path.props.page.items.length);
      // The first page of a listing holds fewer than two pages' worth, every other page one page's.
      expect(Math.max(...sizes)).toBeLessThan(2 * PAGE_SIZE);
      for (const path of paths) {
        if (path.props.page.number > 1) expect(path.props.page.items).toHaveLength(PAGE_SIZE);
      }
      // Every story of every listing is on some page (per edition).
      const listed = sizes.reduce((sum, size) => sum + size, 0) / EDITIONS.length;
      expect(listed).toBeGreaterThanOrEqual(stories);
    }
  });

  it("give feeds the newest stories only, and the front page a few per section", () => {
    for (const path of feedPaths(entries(records), settings)) {
      expect(path.props.articles).toHaveLength(FEED_SIZE);
      expect(path.props.articles[0]?.slug).toBe(`a${String(n - 1).padStart(6, "0")}`);
    }
    for (const path of categoryFeedPaths(entries(records), settings)) {
      expect(path.props.articles.length).toBeLessThanOrEqual(FEED_SIZE);
    }
    const front = frontPage(siteIndex(entries(records), settings));
    const shown = front.sections.reduce((sum, section) => sum + section.articles.length, 0);
    expect(shown).toBeLessThanOrEqual(12 * 4);
    expect(front.sections).toHaveLength(12);
  });
});
