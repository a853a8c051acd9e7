/** Categories come from the last breadcrumb level; their URL slug is the pinyin of the Simplified name. */
import { pinyin } from "pinyin-pro";
import type { ArticleSummary } from "../article/schema.ts";

/** A section of the site; `name` per edition id. */
export type Category = { readonly slug: string; readonly name: Readonly<Record<string, string>> };

/** The category name per edition; `key` (the first edition's name) groups articles. */
export function categoryOf(article: ArticleSummary): { key: string; name: Record<string, string> } | undefined {
  const name: Record<string, string> = {};
  let key: string | undefined;
  for (const [id, edition] of Object.entries(article.editions)) {
    const level = edition.breadcrumb.at(-1);
    if (level === undefined) return undefined;
    name[id] = level;
    key ??= level;
  }
  return key === undefined ? undefined : { key, name };
}

/** Readable ASCII slug: 保密工作动态 → bao-mi-gong-zuo-dong-tai; other characters are kept if URL-safe. */
export function categorySlug(name: string): string {
  const syllables = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive", v: true });
  const slug = syllables
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "category" : slug;
}

/** All categories with their articles, slugs made unique in a stable (name) order. */
export function groupByCategory<T extends ArticleSummary>(
  articles: readonly T[],
): { category: Category; articles: T[] }[] {
  const byName = new Map<string, { name: Record<string, string>; slugName: string; articles: T[] }>();
  for (const article of articles) {
    const found = categoryOf(article);
    if (found === undefined) continue;
    const group = byName.get(found.key) ?? { name: found.name, slugName: found.key, articles: [] };
    group.articles.push(article);
    byName.set(found.key, group);
  }
  const used = new Map<string, number>();
  return [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "zh"))
    .map(([, group]) => {
      const base = categorySlug(group.slugName);
      const count = used.get(base) ?? 0;
      used.set(base, count + 1);
      return {
        category: { slug: count === 0 ? base : `${base}-${count + 1}`, name: group.name },
        articles: group.articles,
      };
    });
}
