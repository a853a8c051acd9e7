/** Static routes built from the article collection (kept out of pages: getStaticPaths runs isolated). */
import { photosKey, type Photos } from "./stored-photo.ts";
import { createHash } from "node:crypto";
import type { ArticleRecord } from "../article/schema.ts";
import type { Category } from "./categories.ts";
import type { SiteConfig } from "./config.ts";
import type { Edition } from "./editions.ts";
import { FEED_SIZE } from "./feed.ts";
import { isDraft, isFeatured } from "./news.ts";
import { PAGE_SIZE, paginate, type Page } from "./pagination.ts";
import { pageParam } from "./paths.ts";
import { relatedStories } from "./related.ts";
import { authorTerms, clusterTerms, groupBy, orderSections, sectionTerms, tagTerms, type Group } from "./taxonomy.ts";

/** What the routes need of the site settings: its editions and the masthead order of sections. */
export type RouteSettings = Pick<SiteConfig, "editions" | "sections">;

type Entry<R extends ArticleRecord = ArticleRecord> = { id: string; data: R };

/** Milliseconds since the epoch; a date without a time of day counts from its start (UTC). */
const timeValue = (date: string): number => Date.parse(date.length <= 10 ? `${date}T00:00:00Z` : date);

/** Newest first; ties broken by slug so the order is stable. Drafts are left out. */
export function newestFirst<R extends ArticleRecord>(entries: readonly Entry<R>[]): R[] {
  return entries
    .map((entry) => entry.data)
    .filter((article) => !isDraft(article))
    .map((article) => ({ article, time: timeValue(article.date) }))
    .sort((a, b) => b.time - a.time || a.article.slug.localeCompare(b.article.slug))
    .map(({ article }) => article);
}

/** Everything the pages derive from the collection, computed once per collection. */
export type SiteIndex<R extends ArticleRecord> = {
  readonly articles: readonly R[];
  readonly sections: readonly Group<R>[];
  readonly tags: readonly Group<R>[];
  readonly authors: readonly Group<R>[];
  readonly sectionOf: ReadonlyMap<string, Category>;
  readonly tagsOf: ReadonlyMap<string, Category[]>;
  readonly authorsOf: ReadonlyMap<string, Category[]>;
  readonly related: ReadonlyMap<string, R[]>;
  /** Sections in masthead order, and a key that changes when they do (pages' cache keys). */
  readonly nav: readonly Category[];
  readonly navKey: string;
};

/**
 * The last index computed, and what it was computed from. Every route's getStaticPaths (and the 404
 * page) asks for the collection, and Astro hands each a new array of new entry objects: without
 * this, each route would sort, group, slug and relate the whole archive again.
 */
let last: { key: string; settings: object; index: SiteIndex<ArticleRecord> } | undefined;

/** What an index depends on: every entry's id and digest, in order (the digest covers the article's file). */
const collectionKey = (entries: readonly Entry[]): string =>
  hash(entries.map((entry) => `${entry.id}\0${shownDigest(entry.data)}`));

/** Sections are in the masthead order of `settings.sections` (the site config's optional list). */
export function siteIndex<R extends ArticleRecord>(
  entries: readonly Entry<R>[],
  settings: Pick<RouteSettings, "sections" | "editions">,
): SiteIndex<R> {
  const key = collectionKey(entries);
  if (last !== undefined && last.key === key && last.settings === settings) return last.index as SiteIndex<R>;
  const articles = newestFirst(entries);
  // Slugs are read from the Simplified spelling where an edition has one: pinyin's word lists are Simplified.
  const simplified = settings.editions.all.find((edition) => edition.script === "hans")?.id;
  const slugName = (name: Readonly<Record<string, string>>, key: string) =>
    (simplified === undefined ? undefined : name[simplified]) ?? key;
  // Each kind's spellings are clustered once, for its pages and for related stories.
  const clustered = {
    section: clusterTerms(articles, sectionTerms),
    tag: clusterTerms(articles, tagTerms),
    author: clusterTerms(articles, authorTerms),
  };
  const sections = orderSections(
    groupBy(articles, sectionTerms, "section", slugName, clustered.section),
    settings.sections,
  );
  const tags = groupBy(articles, tagTerms, "tag", slugName, clustered.tag);
  const authors = groupBy(articles, authorTerms, "author", slugName, clustered.author);
  /** Each article's terms of one kind, in the order the article lists them. */
  const lookup = (groups: readonly Group<R>[], terms: (article: R) => readonly { key: string }[]) => {
    const map = new Map<string, Group<R>[]>();
    for (const group of groups) {
      for (const article of group.articles) map.set(article.slug, [...(map.get(article.slug) ?? []), group]);
    }
    const out = new Map<string, Category[]>();
    for (const article of articles) {
      const listed = map.get(article.slug);
      if (listed === undefined) continue;
      if (listed.length > 1) {
        const order = terms(article).map((term) => term.key);
        const position = (group: Group<R>) => Math.min(...group.keys.map((key) => order.indexOf(key) >>> 0));
        listed.sort((a, b) => position(a) - position(b));
      }
      out.set(
        article.slug,
        listed.map((group) => group.term),
      );
    }
    return out;
  };
  const sectionOf = new Map([...lookup(sections, sectionTerms)].map(([slug, [first]]) => [slug, first as Category]));
  const nav = sections.map((group) => group.term);
  const index: SiteIndex<R> = {
    articles,
    sections,
    tags,
    authors,
    sectionOf,
    tagsOf: lookup(tags, tagTerms),
    authorsOf: lookup(authors, authorTerms),
    related: relatedStories(articles, undefined, undefined, clustered),
    nav,
    navKey: hash(nav.map((term) => `${term.slug}=${Object.values(term.name).join("/")}`)),
  };
  last = { key, settings, index: index as unknown as SiteIndex<ArticleRecord> };
  return index;
}

const shownDigests = new WeakMap<ArticleRecord, string>();

/**
 * What pages show of an article: its text (the record's digest) and its photos, whose stored names
 * hold their content's digest (a photo replaced under the same file name changes its pages too).
 */
function shownDigest(article: ArticleRecord): string {
  let digest = shownDigests.get(article);
  if (digest === undefined) {
    digest = `${article.digest} ${photosKey((article as { photos?: Photos }).photos)}`;
    shownDigests.set(article, digest);
  }
  return digest;
}

function hash(parts: readonly string[]): string {
  const digest = createHash("sha256");
  for (const part of parts) digest.update(`${part}\n`);
  return digest.digest("base64url").slice(0, 16);
}

export function articlePaths<R extends ArticleRecord>(entries: readonly Entry<R>[], settings: RouteSettings) {
  const site = siteIndex(entries, settings);
  return site.articles.flatMap((article) => {
    const section = site.sectionOf.get(article.slug);
    const related = site.related.get(article.slug) ?? [];
    const tags = site.tagsOf.get(article.slug) ?? [];
    const authors = site.authorsOf.get(article.slug) ?? [];
    // Incremental builds reuse the page while what it shows is unchanged. Made when Astro asks
    // for it: the dev server computes the paths again after each edit and never does.
    let cacheKey: string | undefined;
    const key = () =>
      (cacheKey ??= hash([
        shownDigest(article),
        site.navKey,
        section?.slug ?? "",
        ...tags.map((tag) => tag.slug),
        ...authors.map((author) => author.slug),
        ...related.map(shownDigest),
      ]));
    return settings.editions.all.map((edition) => ({
      params: { edition: edition.id, slug: article.slug },
      props: { article, edition, section, tags, authors, related, nav: site.nav, sectionOf: site.sectionOf },
      get cacheKey() {
        return key();
      },
    }));
  });
}

/** The edition's feed: the newest stories only, however large the archive. */
export function feedPaths<R extends ArticleRecord>(entries: readonly Entry<R>[], settings: RouteSettings) {
  const latest = siteIndex(entries, settings).articles.slice(0, FEED_SIZE);
  // Rendered again only when one of its stories changes (each holds the full text of 50 stories).
  const cacheKey = feedKey(latest);
  return settings.editions.all.map((edition) => ({
    params: { edition: edition.id },
    props: { edition, articles: latest },
    cacheKey,
  }));
}

/** One page per edition (search, colophon). */
export function editionPaths(settings: RouteSettings, entries: readonly Entry[] = []) {
  const nav = entries.length > 0 ? siteIndex(entries, settings).nav : [];
  return settings.editions.all.map((edition) => ({ params: { edition: edition.id }, props: { edition, nav } }));
}

type ListingProps<R> = {
  edition: Edition;
  page: Page<R>;
  nav: readonly Category[];
  /** Section of each article, for the labels in the list. */
  sectionOf: ReadonlyMap<string, Category>;
};

/** Stories on the front page: the top story, the newest stories, then the newest of each section. */
export type FrontPage<R> = {
  readonly top: R | undefined;
  /** The newest stories (a page's worth), of which the latest rail shows the first few. */
  readonly latest: readonly R[];
  readonly sections: readonly { readonly section: Category; readonly articles: readonly R[] }[];
};
export const STORIES_PER_SECTION = 4;

/** The featured story (the newest marked `featured`, else the newest with a photo, else the newest). */
export function frontPage<R extends ArticleRecord>(site: SiteIndex<R>): FrontPage<R> {
  const withPhoto = (article: R) => (article as { photos?: { lead?: unknown } }).photos?.lead !== undefined;
  const top = site.articles.find(isFeatured) ?? site.articles.find(withPhoto) ?? site.articles[0];
  return {
    top,
    // Not the first index page's stories: that page fills up from 1 story (pagination.ts).
    latest: site.articles.slice(0, PAGE_SIZE),
    sections: site.sections.flatMap(({ term, articles }) => {
      // Each section's newest few, not its whole archive.
      const shown = articles
        .slice(0, STORIES_PER_SECTION + 1)
        .filter((article) => article !== top)
        .slice(0, STORIES_PER_SECTION);
      return shown.length === 0 ? [] : [{ section: term, articles: shown }];
    }),
  };
}

/** Index pages of every edition: page 1 is the front page, later pages the archive, newest first. */
export function indexPaths<R extends ArticleRecord>(entries: readonly Entry<R>[], settings: RouteSettings) {
  const site = siteIndex(entries, settings);
  const pages = paginate(site.articles);
  const front = frontPage(site);
  const frontKey = hash([
    front.top === undefined ? "" : shownDigest(front.top),
    ...front.latest.map(shownDigest),
    ...front.sections.flatMap(({ articles }) => articles.map(shownDigest)),
  ]);
  return settings.editions.all.flatMap((edition) =>
    pages.map((page) => ({
      params: { edition: edition.id, page: pageParam(page.number) },
      props: {
        edition,
        page,
        nav: site.nav,
        sectionOf: site.sectionOf,
        front: page.number === 1 ? front : undefined,
      } satisfies ListingProps<R> & { front: FrontPage<R> | undefined },
      cacheKey: `${listingKey(page, "", site)}${page.number === 1 ? frontKey : ""}`,
    })),
  );
}

/** Pages of a kind of group (sections, tags, authors), paginated like the index. */
function groupPaths<R extends ArticleRecord>(
  site: SiteIndex<R>,
  editions: readonly Edition[],
  groups: readonly Group<R>[],
  kind: string,
) {
  return groups.flatMap(({ term, articles }) =>
    editions.flatMap((edition) =>
      paginate(articles).map((page) => ({
        params: { edition: edition.id, [kind]: term.slug, page: pageParam(page.number) },
        props: { edition, page, term, nav: site.nav, sectionOf: site.sectionOf } satisfies ListingProps<R> & {
          term: Category;
        },
        cacheKey: listingKey(page, `${kind}:${term.slug}`, site),
      })),
    ),
  );
}

export const categoryPaths = <R extends ArticleRecord>(entries: readonly Entry<R>[], settings: RouteSettings) => {
  const site = siteIndex(entries, settings);
  return groupPaths(site, settings.editions.all, site.sections, "category");
};
export const tagPaths = <R extends ArticleRecord>(entries: readonly Entry<R>[], settings: RouteSettings) => {
  const site = siteIndex(entries, settings);
  return groupPaths(site, settings.editions.all, site.tags, "tag");
};
export const authorPaths = <R extends ArticleRecord>(entries: readonly Entry<R>[], settings: RouteSettings) => {
  const site = siteIndex(entries, settings);
  return groupPaths(site, settings.editions.all, site.authors, "author");
};

/** One feed per section and edition, of the section's newest stories. */
export function categoryFeedPaths<R extends ArticleRecord>(entries: readonly Entry<R>[], settings: RouteSettings) {
  return siteIndex(entries, settings).sections.flatMap(({ term, articles }) => {
    const latest = articles.slice(0, FEED_SIZE);
    const cacheKey = feedKey(latest, Object.values(term.name));
    return settings.editions.all.map((edition) => ({
      params: { edition: edition.id, category: term.slug },
      props: { edition, term, articles: latest },
      cacheKey,
    }));
  });
}

/** Changes when a feed's stories or its title change. */
function feedKey(articles: readonly ArticleRecord[], names: readonly string[] = []): string {
  return hash(["feed", ...names, ...articles.map(shownDigest)]);
}

/** Changes when anything a listing page shows changes: its articles, its place among the pages, the masthead. */
function listingKey<R extends ArticleRecord>(page: Page<R>, group: string, site: SiteIndex<R>): string {
  return hash([group, `${page.number}/${page.count}`, site.navKey, ...page.items.map(shownDigest)]);
}
