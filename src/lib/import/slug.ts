/** File-name slugs: the site's one pinyin slug (src/lib/pinyin-readings.ts), cut to a readable length. */
import { pinyinSlug } from "../pinyin-readings.ts";

export const SLUG_SYLLABLES = 8;

export function slugify(title: string, maxWords = SLUG_SYLLABLES): string {
  return pinyinSlug(title).split("-").slice(0, maxWords).join("-") || "article";
}
