/**
 * Sections, tags and authors: each a named group of articles with a readable URL slug, its name in
 * every edition. Sections come from the article's category (the breadcrumb's last level when none
 * is given), as categories.ts always did; tags and authors from their lists.
 *
 * One entity across scripts: spellings that read the same in some edition (台灣, 臺灣 and 台湾 all
 * read 台湾 in a Simplified edition; ＡＩ and AI; letter case and spaces aside) are one group with
 * one page in every edition, so that no edition shows two pages with the same title and the edition
 * switch always finds the page. The build says which spellings were merged (term-messages.ts).
 */
import type { ArticleSummary, EditionHeader } from "../article/schema.ts";
import { categorySlug, type Category } from "./categories.ts";
import { authorsOf, sectionName, tagsOf } from "./news.ts";

/** A group's name in each edition, and what groups it (the name in the first edition). */
export type Term = { key: string; name: Record<string, string> };
export type Group<T> = {
  readonly term: Category;
  readonly articles: T[];
  /** Every spelling (term key) merged into the group, most used first. */
  readonly keys: readonly string[];
};

/** Terms of one kind in an article: the i-th term of each edition's list names the same thing. */
function termsOf(article: ArticleSummary, list: (header: EditionHeader) => readonly string[]): readonly Term[] {
  const lists = Object.entries(article.editions).map(([id, header]) => [id, list(header)] as const);
  const first = lists[0]?.[1] ?? [];
  return first.map((key, index) => ({
    key,
    name: Object.fromEntries(lists.map(([id, names]) => [id, names[index] ?? key])),
  }));
}

/**
 * Each kind's terms are read once per article: listings, related stories and every page's
 * lookups ask for them again and again (an article record never changes once loaded).
 */
function memoTerms(list: (header: EditionHeader) => readonly string[]) {
  const memo = new WeakMap<ArticleSummary, readonly Term[]>();
  return (article: ArticleSummary): readonly Term[] => {
    let terms = memo.get(article);
    if (terms === undefined) memo.set(article, (terms = termsOf(article, list)));
    return terms;
  };
}

export const sectionTerms = memoTerms((header) => {
  const name = sectionName(header);
  return name === undefined ? [] : [name];
});
export const tagTerms = memoTerms(tagsOf);
export const authorTerms = memoTerms(authorsOf);

/** The form in which two names of one edition are the same name: NFKC, letter case, runs of spaces. */
export const sameName = (name: string): string => name.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();

/** One way a term is written (its key), its names in each edition, and the articles that write it. */
export type Spelling<T> = { readonly key: string; readonly name: Record<string, string>; readonly articles: T[] };
/** Spellings that are one entity, most used first (ties: by key), and the names the group shows. */
export type Cluster<T> = { readonly spellings: readonly Spelling<T>[]; readonly name: Record<string, string> };

/**
 * The terms of one kind, spellings that read the same in any edition joined into one cluster (a
 * union-find over the (edition, name) pairs). Linear in the number of (article, term) pairs.
 */
export function clusterTerms<T extends ArticleSummary>(
  articles: readonly T[],
  terms: (article: T) => readonly Term[],
): { clusters: Cluster<T>[]; clusterOf: Map<string, Cluster<T>> } {
  const spellings = new Map<string, Spelling<T>>();
  for (const article of articles) {
    for (const term of terms(article)) {
      const spelling = spellings.get(term.key) ?? { key: term.key, name: term.name, articles: [] };
      if (spelling.articles.at(-1) !== article) spelling.articles.push(article);
      spellings.set(term.key, spelling);
    }
  }
  const parent = new Map<string, string>([...spellings.keys()].map((key) => [key, key]));
  const root = (key: string): string => {
    let at = key;
    while (parent.get(at) !== at) at = parent.get(at) ?? at;
    parent.set(key, at);
    return at;
  };
  const owner = new Map<string, string>();
  for (const spelling of spellings.values()) {
    for (const [edition, name] of Object.entries(spelling.name)) {
      const node = `${edition}\0${sameName(name)}`;
      const other = owner.get(node);
      if (other === undefined) owner.set(node, spelling.key);
      else parent.set(root(spelling.key), root(other));
    }
  }
  const byRoot = new Map<string, Spelling<T>[]>();
  for (const spelling of spellings.values()) {
    const key = root(spelling.key);
    byRoot.set(key, [...(byRoot.get(key) ?? []), spelling]);
  }
  const clusters: Cluster<T>[] = [];
  const clusterOf = new Map<string, Cluster<T>>();
  for (const members of byRoot.values()) {
    const ordered = members.sort((a, b) => b.articles.length - a.articles.length || a.key.localeCompare(b.key, "zh"));
    // Each edition shows the spelling most used in it (names that read the same there count together).
    const editions = Object.keys(ordered[0]?.name ?? {});
    const name = Object.fromEntries(
      editions.map((edition) => {
        const uses = new Map<string, number>();
        for (const spelling of ordered) {
          const written = spelling.name[edition] ?? spelling.key;
          uses.set(written, (uses.get(written) ?? 0) + spelling.articles.length);
        }
        const best = [...uses].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ordered[0]?.key ?? "";
        return [edition, best];
      }),
    );
    const cluster: Cluster<T> = { spellings: ordered, name };
    clusters.push(cluster);
    for (const spelling of ordered) clusterOf.set(spelling.key, cluster);
  }
  return { clusters, clusterOf };
}

/**
 * Every group of one kind with its articles, in their given order; slugs made unique in a stable
 * (name) order. `slugName` picks the name the slug is read from (default: the most used
 * spelling's key); pass the Simplified edition's name where there is one.
 */
export function groupBy<T extends ArticleSummary>(
  articles: readonly T[],
  terms: (article: T) => readonly Term[],
  fallbackSlug: string,
  slugName: (name: Readonly<Record<string, string>>, key: string) => string = (_name, key) => key,
  /** clusterTerms(articles, terms), when the caller has it already. */
  clustered: ReturnType<typeof clusterTerms<T>> = clusterTerms(articles, terms),
): Group<T>[] {
  const { clusters, clusterOf } = clustered;
  const members = new Map<Cluster<T>, T[]>(clusters.map((cluster) => [cluster, []]));
  for (const article of articles) {
    for (const term of terms(article)) {
      const cluster = clusterOf.get(term.key);
      const list = cluster === undefined ? undefined : members.get(cluster);
      if (list !== undefined && list.at(-1) !== article) list.push(article);
    }
  }
  const keyOf = (cluster: Cluster<T>): string => cluster.spellings[0]?.key ?? "";
  const used = new Map<string, number>();
  return clusters
    .sort((a, b) => keyOf(a).localeCompare(keyOf(b), "zh"))
    .map((cluster) => {
      const slug = categorySlug(slugName(cluster.name, keyOf(cluster)));
      const base = slug === "category" ? fallbackSlug : slug;
      const count = used.get(base) ?? 0;
      used.set(base, count + 1);
      return {
        term: { slug: count === 0 ? base : `${base}-${count + 1}`, name: cluster.name },
        articles: members.get(cluster) ?? [],
        keys: cluster.spellings.map((spelling) => spelling.key),
      };
    });
}

/**
 * How large a section is, coarsely: sections within a factor of two of each other are the same size.
 * The masthead is on every page, so its order must not move whenever a story is published (every
 * page would be rendered again); a section changes size class a handful of times in its life.
 */
export const sizeClass = (articles: number): number => Math.floor(Math.log2(Math.max(1, articles)));

/**
 * Sections in masthead order: those named in `order` first (by name in any edition, or slug), in
 * that order, then the rest largest first by size class (sizeClass), then by slug.
 */
export function orderSections<T>(groups: readonly Group<T>[], order: readonly string[] = []): Group<T>[] {
  const rank = (group: Group<T>): number => {
    const names = [group.term.slug, ...Object.values(group.term.name), ...group.keys];
    const index = order.findIndex((entry) => names.includes(entry));
    return index < 0 ? order.length : index;
  };
  const size = (group: Group<T>) => sizeClass(group.articles.length);
  return [...groups].sort((a, b) => rank(a) - rank(b) || size(b) - size(a) || a.term.slug.localeCompare(b.term.slug));
}
