/** Categories come from the last breadcrumb level; their URL slug is the pinyin of the Simplified name. */
import { pinyin } from "pinyin-pro";
import type { ArticleSummary } from "../article/schema.ts";
import type { Script } from "../script/types.ts";

export type Category = { readonly slug: string; readonly name: Readonly<Record<Script, string>> };

export function categoryOf(article: ArticleSummary): { hans: string; hant: string } | undefined {
  const hans = article.editions.hans.breadcrumb.at(-1);
  const hant = article.editions.hant.breadcrumb.at(-1);
  return hans === undefined || hant === undefined ? undefined : { hans, hant };
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
  const byName = new Map<string, { name: Record<Script, string>; articles: T[] }>();
  for (const article of articles) {
    const name = categoryOf(article);
    if (name === undefined) continue;
    const group = byName.get(name.hans) ?? { name, articles: [] };
    group.articles.push(article);
    byName.set(name.hans, group);
  }
  const used = new Map<string, number>();
  return [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "zh"))
    .map(([, group]) => {
      const base = categorySlug(group.name.hans);
      const count = used.get(base) ?? 0;
      used.set(base, count + 1);
      return {
        category: { slug: count === 0 ? base : `${base}-${count + 1}`, name: group.name },
        articles: group.articles,
      };
    });
}
