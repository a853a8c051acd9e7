/** File-name slugs: readable toneless pinyin of the title. */
import { syllables } from "../pinyin-readings.ts";

export const SLUG_SYLLABLES = 8;

export function slugify(title: string, maxWords = SLUG_SYLLABLES): string {
  const words = syllables(title)
    .flatMap((word) => word.toLowerCase().split(/[^a-z0-9]+/))
    .filter(Boolean);
  return words.slice(0, maxWords).join("-") || "article";
}
