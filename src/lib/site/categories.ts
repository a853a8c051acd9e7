/** Names of sections, tags and authors (grouped in taxonomy.ts): their URL slug is the pinyin of the name. */
import { pinyinSlug } from "../pinyin-readings.ts";

/** A section of the site; `name` per edition id. */
export type Category = { readonly slug: string; readonly name: Readonly<Record<string, string>> };

/** A section's, tag's or author's URL slug: the pinyin of its name (../pinyin-readings.ts). */
export function categorySlug(name: string): string {
  return pinyinSlug(name) || "category";
}
