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
import { authorTerms, clusterTerms, sectionTerms, tagTerms, type Cluster } from "./taxonomy.ts";

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
  /** The articles' tag, author and section clusters (clusterTerms), when the caller has them already. */
  clustered: Readonly<Record<"tag" | "author" | "section", { clusterOf: Map<string, Cluster<T>> }>> = {
    tag: clusterTerms(articles, tagTerms),
    author: clusterTerms(articles, authorTerms),
    section: clusterTerms(articles, sectionTerms),
  },
): Map<string, T[]> {
  // Articles are numbered by their place in `articles`; lists hold those numbers.
  const lists = new Map<string, number[]>();
  /** Each article's lists, with its weight and the article's place in that list. */
  const placesOf: { list: number[]; weight: number; at: number }[][] = [];
  // Spellings merged into one tag, author or section (台灣 / 臺灣) are one key.
  const tagClusters = clustered.tag.clusterOf;
  const authorClusters = clustered.author.clusterOf;
  const sectionClusters = clustered.section.clusterOf;
  const id = (clusters: typeof tagClusters, key: string) => clusters.get(key)?.spellings[0]?.key ?? key;
  articles.forEach((article, index) => {
    const keys = new Map<string, number>();
    for (const term of tagTerms(article)) keys.set(`t:${id(tagClusters, term.key)}`, WEIGHT.tag);
    for (const term of authorTerms(article)) keys.set(`a:${id(authorClusters, term.key)}`, WEIGHT.author);
    const section = sectionTerms(article)[0];
    if (section !== undefined) keys.set(`s:${id(sectionClusters, section.key)}`, WEIGHT.section);
    const places: { list: number[]; weight: number; at: number }[] = [];
    for (const [key, weight] of keys) {
      let list = lists.get(key);
      if (list === undefined) lists.set(key, (list = []));
      places.push({ list, weight, at: list.length });
      list.push(index);
    }
    placesOf.push(places);
  });
  const related = new Map<string, T[]>();
  const score = new Float64Array(articles.length);
  const scored: number[] = [];
  articles.forEach((article, own) => {
    for (const { list, weight, at } of placesOf[own] ?? []) {
      const end = Math.min(list.length, at + RELATED_WINDOW + 1);
      for (let i = Math.max(0, at - RELATED_WINDOW); i < end; i++) {
        const other = list[i] as number;
        if (probe) probe.candidates++;
        if (other === own) continue;
        if (score[other] === 0) scored.push(other);
        score[other] = (score[other] as number) + weight;
      }
    }
    // The highest score first, then the nearest in time, then the newer.
    scored.sort(
      (a, b) => (score[b] as number) - (score[a] as number) || Math.abs(a - own) - Math.abs(b - own) || a - b,
    );
    related.set(
      article.slug,
      scored.slice(0, count).map((other) => articles[other] as T),
    );
    for (const other of scored) score[other] = 0;
    scored.length = 0;
  });
  return related;
}
