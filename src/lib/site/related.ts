/**
 * Related stories: articles that share tags or the section with an article, the most shared
 * first, then the newest. Linear in the number of articles: each article looks only at the first
 * few entries of the newest-first list of each of its tags and of its section (no all-pairs loop).
 */
import type { ArticleSummary } from "../article/schema.ts";
import { clusterTerms, sectionTerms, tagTerms } from "./taxonomy.ts";

/** Entries read from each tag's or section's list: enough to fill the list after dropping the article itself. */
const CANDIDATES_PER_LIST = 12;
export const RELATED_COUNT = 4;

/**
 * @param articles newest first
 * @returns the related articles of each article, by slug
 */
export function relatedStories<T extends ArticleSummary>(
  articles: readonly T[],
  count = RELATED_COUNT,
): Map<string, T[]> {
  const position = new Map<T, number>();
  const lists = new Map<string, T[]>();
  const keysOf = new Map<T, { tags: string[]; section: string | undefined }>();
  // Spellings merged into one tag or section (台灣 / 臺灣) are one key.
  const tagClusters = clusterTerms(articles, tagTerms).clusterOf;
  const sectionClusters = clusterTerms(articles, sectionTerms).clusterOf;
  const id = (clusters: typeof tagClusters, key: string) => clusters.get(key)?.spellings[0]?.key ?? key;
  articles.forEach((article, index) => {
    position.set(article, index);
    const tags = [...new Set(tagTerms(article).map((term) => `t:${id(tagClusters, term.key)}`))];
    const section = sectionTerms(article)[0];
    const keys = { tags, section: section === undefined ? undefined : `s:${id(sectionClusters, section.key)}` };
    keysOf.set(article, keys);
    for (const key of keys.section === undefined ? tags : [...tags, keys.section]) {
      const list = lists.get(key) ?? [];
      if (list.length < CANDIDATES_PER_LIST + 1) list.push(article);
      lists.set(key, list);
    }
  });
  const related = new Map<string, T[]>();
  for (const article of articles) {
    const keys = keysOf.get(article) ?? { tags: [], section: undefined };
    const score = new Map<T, number>();
    // A shared tag counts more than the shared section.
    for (const key of keys.tags) {
      for (const other of lists.get(key) ?? []) if (other !== article) score.set(other, (score.get(other) ?? 0) + 2);
    }
    if (keys.section !== undefined) {
      for (const other of lists.get(keys.section) ?? []) {
        if (other !== article) score.set(other, (score.get(other) ?? 0) + 1);
      }
    }
    const ranked = [...score.entries()]
      .sort(([a, x], [b, y]) => y - x || (position.get(a) ?? 0) - (position.get(b) ?? 0))
      .slice(0, count)
      .map(([other]) => other);
    related.set(article.slug, ranked);
  }
  return related;
}
