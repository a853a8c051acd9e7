/**
 * Sections, tags and authors: each a named group of articles with a readable URL slug, its name in
 * every edition. Sections come from the article's category (the breadcrumb's last level when none
 * is given), as categories.ts always did; tags and authors from their lists.
 */
import type { ArticleSummary, EditionHeader } from "../article/schema.ts";
import { categorySlug, type Category } from "./categories.ts";
import { authorsOf, sectionName, tagsOf } from "./news.ts";

/** A group's name in each edition, and what groups it (the name in the first edition). */
type Term = { key: string; name: Record<string, string> };
export type Group<T> = { readonly term: Category; readonly articles: T[] };

/** Terms of one kind in an article: the i-th term of each edition's list names the same thing. */
function termsOf(article: ArticleSummary, list: (header: EditionHeader) => readonly string[]): Term[] {
  const editions = Object.entries(article.editions);
  const first = editions[0];
  if (first === undefined) return [];
  return list(first[1]).map((key, index) => ({
    key,
    name: Object.fromEntries(editions.map(([id, header]) => [id, list(header)[index] ?? key])),
  }));
}

export const sectionTerms = (article: ArticleSummary): Term[] =>
  termsOf(article, (header) => {
    const name = sectionName(header);
    return name === undefined ? [] : [name];
  });
export const tagTerms = (article: ArticleSummary): Term[] => termsOf(article, tagsOf);
export const authorTerms = (article: ArticleSummary): Term[] => termsOf(article, authorsOf);

/**
 * Every group of one kind with its articles, in their given order; slugs made unique in a stable
 * (name) order. Linear in the number of (article, term) pairs.
 */
export function groupBy<T extends ArticleSummary>(
  articles: readonly T[],
  terms: (article: T) => readonly Term[],
  fallbackSlug: string,
): Group<T>[] {
  const byKey = new Map<string, { name: Record<string, string>; articles: T[] }>();
  for (const article of articles) {
    for (const term of terms(article)) {
      const group = byKey.get(term.key) ?? { name: term.name, articles: [] };
      if (group.articles.at(-1) !== article) group.articles.push(article);
      byKey.set(term.key, group);
    }
  }
  const used = new Map<string, number>();
  return [...byKey.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "zh"))
    .map(([key, group]) => {
      const slug = categorySlug(key);
      const base = slug === "category" ? fallbackSlug : slug;
      const count = used.get(base) ?? 0;
      used.set(base, count + 1);
      return {
        term: { slug: count === 0 ? base : `${base}-${count + 1}`, name: group.name },
        articles: group.articles,
      };
    });
}

/**
 * Sections in masthead order: those named in `order` first (by name in any edition, or slug), in
 * that order, then the rest by how many articles they hold, most first.
 */
export function orderSections<T>(groups: readonly Group<T>[], order: readonly string[] = []): Group<T>[] {
  const rank = (group: Group<T>): number => {
    const names = [group.term.slug, ...Object.values(group.term.name)];
    const index = order.findIndex((entry) => names.includes(entry));
    return index < 0 ? order.length : index;
  };
  return [...groups].sort(
    (a, b) => rank(a) - rank(b) || b.articles.length - a.articles.length || a.term.slug.localeCompare(b.term.slug),
  );
}
