/**
 * Related stories: articles that share tags, authors or the section with an article, scored (a
 * shared tag 3, a shared author 2, the section 1), the highest first, then the nearest in time; so
 * a story on the same subject from another section comes before a mere neighbour in the section.
 *
 * Linear in the archive and stable as it grows: each article looks only at its neighbours in time
 * in the newest-first list of each of its tags, authors and its section (a fixed window on either
 * side, no all-pairs loop). Publishing a story therefore changes the related stories of the few
 * articles next to it in its own lists only, and a rebuild re-renders those pages, not every page
 * of its section.
 */
import type { ArticleSummary } from "../article/schema.ts";
import { authorTerms, clusterTerms, sectionTerms, tagTerms } from "./taxonomy.ts";

/** Neighbours read on each side of the article in each of its lists. */
export const RELATED_WINDOW = 6;
export const RELATED_COUNT = 4;
/** What a shared tag, author or section is worth. */
const WEIGHT = { tag: 3, author: 2, section: 1 } as const;

/** Counts the candidates looked at (tests show the work per article is bounded). */
export type RelatedProbe = { candidates: number };

/**
 * @param articles newest first
 * @returns the related articles of each article, by slug
 */
export function relatedStories<T extends ArticleSummary>(
  articles: readonly T[],
  count = RELATED_COUNT,
  probe?: RelatedProbe,
): Map<string, T[]> {
  const position = new Map<T, number>();
  const lists = new Map<string, T[]>();
  /** Each article's lists: key, weight, and its place in that list. */
  const placesOf = new Map<T, { key: string; weight: number; at: number }[]>();
  // Spellings merged into one tag, author or section (台灣 / 臺灣) are one key.
  const tagClusters = clusterTerms(articles, tagTerms).clusterOf;
  const authorClusters = clusterTerms(articles, authorTerms).clusterOf;
  const sectionClusters = clusterTerms(articles, sectionTerms).clusterOf;
  const id = (clusters: typeof tagClusters, key: string) => clusters.get(key)?.spellings[0]?.key ?? key;
  articles.forEach((article, index) => {
    position.set(article, index);
    const keys = new Map<string, number>();
    for (const term of tagTerms(article)) keys.set(`t:${id(tagClusters, term.key)}`, WEIGHT.tag);
    for (const term of authorTerms(article)) keys.set(`a:${id(authorClusters, term.key)}`, WEIGHT.author);
    const section = sectionTerms(article)[0];
    if (section !== undefined) keys.set(`s:${id(sectionClusters, section.key)}`, WEIGHT.section);
    const places: { key: string; weight: number; at: number }[] = [];
    for (const [key, weight] of keys) {
      const list = lists.get(key) ?? [];
      places.push({ key, weight, at: list.length });
      list.push(article);
      lists.set(key, list);
    }
    placesOf.set(article, places);
  });
  const related = new Map<string, T[]>();
  for (const article of articles) {
    const own = position.get(article) ?? 0;
    const score = new Map<T, number>();
    for (const { key, weight, at } of placesOf.get(article) ?? []) {
      const list = lists.get(key) ?? [];
      const end = Math.min(list.length, at + RELATED_WINDOW + 1);
      for (let i = Math.max(0, at - RELATED_WINDOW); i < end; i++) {
        const other = list[i] as T;
        if (probe) probe.candidates++;
        if (other !== article) score.set(other, (score.get(other) ?? 0) + weight);
      }
    }
    const distance = (other: T) => Math.abs((position.get(other) ?? 0) - own);
    const ranked = [...score.entries()]
      .sort(([a, x], [b, y]) => y - x || distance(a) - distance(b) || (position.get(a) ?? 0) - (position.get(b) ?? 0))
      .slice(0, count)
      .map(([other]) => other);
    related.set(article.slug, ranked);
  }
  return related;
}
