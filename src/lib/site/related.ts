/**
 * Related stories: articles that share tags, authors or the section with an article, scored (a
 * shared tag 3, a shared author 2, the section 1), the highest first, then the newest; so a story
 * on the same subject from another section comes before a mere neighbour in the section. Linear
 * in the number of articles: each article looks only at the first few entries of the newest-first
 * list of each of its tags, authors and its section (no all-pairs loop).
 */
import type { ArticleSummary } from "../article/schema.ts";
import { authorTerms, clusterTerms, sectionTerms, tagTerms } from "./taxonomy.ts";

/** Entries read from each tag's or section's list: enough to fill the list after dropping the article itself. */
const CANDIDATES_PER_LIST = 12;
export const RELATED_COUNT = 4;
/** What a shared tag, author or section is worth. */
const WEIGHT = { tag: 3, author: 2, section: 1 } as const;

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
  const keysOf = new Map<T, [string, number][]>();
  // Spellings merged into one tag, author or section (台灣 / 臺灣) are one key.
  const tagClusters = clusterTerms(articles, tagTerms).clusterOf;
  const authorClusters = clusterTerms(articles, authorTerms).clusterOf;
  const sectionClusters = clusterTerms(articles, sectionTerms).clusterOf;
  const id = (clusters: typeof tagClusters, key: string) => clusters.get(key)?.spellings[0]?.key ?? key;
  articles.forEach((article, index) => {
    position.set(article, index);
    const unique = (keys: string[]) => [...new Set(keys)];
    const keys: [string, number][] = [
      ...unique(tagTerms(article).map((term) => `t:${id(tagClusters, term.key)}`)).map((key): [string, number] => [
        key,
        WEIGHT.tag,
      ]),
      ...unique(authorTerms(article).map((term) => `a:${id(authorClusters, term.key)}`)).map(
        (key): [string, number] => [key, WEIGHT.author],
      ),
      ...sectionTerms(article)
        .slice(0, 1)
        .map((term): [string, number] => [`s:${id(sectionClusters, term.key)}`, WEIGHT.section]),
    ];
    keysOf.set(article, keys);
    for (const [key] of keys) {
      const list = lists.get(key) ?? [];
      if (list.length < CANDIDATES_PER_LIST + 1) list.push(article);
      lists.set(key, list);
    }
  });
  const related = new Map<string, T[]>();
  for (const article of articles) {
    const score = new Map<T, number>();
    for (const [key, weight] of keysOf.get(article) ?? []) {
      for (const other of lists.get(key) ?? []) {
        if (other !== article) score.set(other, (score.get(other) ?? 0) + weight);
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
