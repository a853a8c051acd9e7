/** Names of sections, tags and authors (grouped in taxonomy.ts): their URL slug is the pinyin of the name. */
import { pinyin } from "pinyin-pro";

/** A section of the site; `name` per edition id. */
export type Category = { readonly slug: string; readonly name: Readonly<Record<string, string>> };

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
