/** Static routes built from the article collection (kept out of pages: getStaticPaths runs isolated). */
import { createHash } from "node:crypto";
import type { ArticleRecord } from "../article/schema.ts";
import { SCRIPTS, type Script } from "../script/types.ts";
import { groupByCategory, type Category } from "./categories.ts";
import { paginate, type Page } from "./pagination.ts";
import { SCRIPT_SEGMENT } from "./paths.ts";

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
    SCRIPTS.map((script) => ({
      params: { script: SCRIPT_SEGMENT[script], slug: entry.id },
      props: { article: entry.data, script, category: categories.get(entry.id) },
      // Incremental builds reuse the page while its article and category are unchanged.
      cacheKey: `${entry.data.digest}|${categories.get(entry.id)?.slug ?? ""}`,
    })),
  );
}

export function scriptPaths() {
  return SCRIPTS.map((script) => ({ params: { script: SCRIPT_SEGMENT[script] }, props: { script } }));
}

type ListingProps = { script: Script; page: Page<ArticleRecord> };

/** Rest parameter of a listing page: none for page 1, `page/N` after it. */
const pageParam = (number: number): string | undefined => (number === 1 ? undefined : `page/${number}`);

/** Index pages of both scripts. */
export function indexPaths(entries: readonly Entry[]) {
  const pages = paginate(newestFirst(entries));
  return SCRIPTS.flatMap((script) =>
    pages.map((page) => ({
      params: { script: SCRIPT_SEGMENT[script], page: pageParam(page.number) },
      props: { script, page } satisfies ListingProps,
      cacheKey: listingKey(page),
    })),
  );
}

/** Category pages, paginated like the index. */
export function categoryPaths(entries: readonly Entry[]) {
  return groupByCategory(newestFirst(entries)).flatMap(({ category, articles }) =>
    SCRIPTS.flatMap((script) =>
      paginate(articles).map((page) => ({
        params: { script: SCRIPT_SEGMENT[script], category: category.slug, page: pageParam(page.number) },
        props: { script, page, category } satisfies ListingProps & { category: Category },
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
