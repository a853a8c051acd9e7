/** Static routes built from the article collection (kept out of pages: getStaticPaths runs isolated). */
import { createHash } from "node:crypto";
import type { ArticleRecord } from "../article/schema.ts";
import { siteConfig } from "../../site.config.ts";
import { groupByCategory, type Category } from "./categories.ts";
import type { Edition } from "./editions.ts";
import { paginate, type Page } from "./pagination.ts";
import { pageParam } from "./paths.ts";

const editions = (): readonly Edition[] => siteConfig.editions.all;

type Entry = { id: string; data: ArticleRecord };

/** Newest first; ties broken by slug so the order is stable. */
export function newestFirst(entries: readonly Entry[]): ArticleRecord[] {
  return entries
    .map((entry) => entry.data)
    .sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

export function articlePaths(entries: readonly Entry[]) {
  const categories = categoryIndex(entries);
  return entries.flatMap((entry) =>
    editions().map((edition) => ({
      params: { edition: edition.id, slug: entry.id },
      props: { article: entry.data, edition, category: categories.get(entry.id) },
      // Incremental builds reuse the page while its article and category are unchanged.
      cacheKey: `${entry.data.digest}|${categories.get(entry.id)?.slug ?? ""}`,
    })),
  );
}

/** One page per edition (feeds, search, colophon). */
export function editionPaths() {
  return editions().map((edition) => ({ params: { edition: edition.id }, props: { edition } }));
}

type ListingProps = { edition: Edition; page: Page<ArticleRecord> };

/** Index pages of every edition. */
export function indexPaths(entries: readonly Entry[]) {
  const pages = paginate(newestFirst(entries));
  return editions().flatMap((edition) =>
    pages.map((page) => ({
      params: { edition: edition.id, page: pageParam(page.number) },
      props: { edition, page } satisfies ListingProps,
      cacheKey: listingKey(page),
    })),
  );
}

/** Category pages, paginated like the index. */
export function categoryPaths(entries: readonly Entry[]) {
  return groupByCategory(newestFirst(entries)).flatMap(({ category, articles }) =>
    editions().flatMap((edition) =>
      paginate(articles).map((page) => ({
        params: { edition: edition.id, category: category.slug, page: pageParam(page.number) },
        props: { edition, page, category } satisfies ListingProps & { category: Category },
        cacheKey: listingKey(page, category.slug),
      })),
    ),
  );
}

/** Category of each article by slug, for links from article pages. */
export function categoryIndex(entries: readonly Entry[]): Map<string, Category> {
  const index = new Map<string, Category>();
  for (const { category, articles } of groupByCategory(entries.map((entry) => entry.data))) {
    for (const article of articles) index.set(article.slug, category);
  }
  return index;
}

/** Changes when anything a listing page shows changes: its articles, its place among the pages. */
function listingKey(page: Page<ArticleRecord>, category = ""): string {
  const hash = createHash("sha256").update(`${category}|${page.number}/${page.count}`);
  for (const article of page.items) hash.update(`|${article.digest}`);
  return hash.digest("base64url");
}
