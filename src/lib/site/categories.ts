/** Names of sections, tags and authors (grouped in taxonomy.ts): their URL slug is the pinyin of the name. */
import { addDict, pinyin } from "pinyin-pro";
import readings from "../../../data/pinyin/readings.json" with { type: "json" };

/** A section of the site; `name` per edition id. */
export type Category = { readonly slug: string; readonly name: Readonly<Record<string, string>> };

let dictionaryAdded = false;

/**
 * Readable ASCII slug, read word by word (pinyin-pro reads 多音字 in context, plus the words of
 * data/pinyin/readings.json it gets wrong): 保密工作动态 → bao-mi-gong-zuo-dong-tai, 央行 → yang-hang;
 * other characters are kept if URL-safe. Pass the Simplified spelling where there is one: the
 * word dictionaries are Simplified (銀行 alone reads yin-xing, 银行 yin-hang).
 */
export function categorySlug(name: string): string {
  if (!dictionaryAdded) {
    addDict(readings, { name: "newsprint", dict1: "add" });
    dictionaryAdded = true;
  }
  const syllables = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive", v: true });
  const slug = syllables
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "category" : slug;
}
