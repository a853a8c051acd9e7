/** File-name slugs: the site's one pinyin slug (categorySlug), cut to a readable length. */
import { categorySlug } from "../site/categories.ts";

export const SLUG_SYLLABLES = 8;

export function slugify(title: string, maxWords = SLUG_SYLLABLES): string {
  const slug = categorySlug(title).split("-").slice(0, maxWords).join("-");
  return slug === "category" ? "article" : slug;
}
