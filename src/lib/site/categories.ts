/** Names of sections, tags and authors (grouped in taxonomy.ts): their URL slug is the pinyin of the name. */
import { syllables } from "../pinyin-readings.ts";

/** A section of the site; `name` per edition id. */
export type Category = { readonly slug: string; readonly name: Readonly<Record<string, string>> };

/**
 * Readable ASCII slug, read word by word (pinyin-pro reads 多音字 in context, plus the words of
 * data/pinyin/readings.json it gets wrong): 保密工作动态 → bao-mi-gong-zuo-dong-tai, 央行 → yang-hang;
 * other characters are kept if URL-safe. Pass the Simplified spelling where there is one: the
 * word dictionaries are Simplified (銀行 alone reads yin-xing, 银行 yin-hang).
 */
export function categorySlug(name: string): string {
  const slug = syllables(name)
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "category" : slug;
}
