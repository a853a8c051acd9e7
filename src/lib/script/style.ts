/** House style of an edition: variant preferences and quotation marks, applied to converted prose. */
import type { EditionStyle } from "./types.ts";

/**
 * Variants that are safe to apply everywhere: the two characters are the same word-sense in every
 * word (graphic variants). A single-character preference outside this list (e.g. 于 → 於, 后 → 後)
 * would also rewrite words where the other character is right: `checkVariants` reports it.
 */
export const CONTEXT_FREE_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  臺: ["台"],
  台: ["臺"],
  裡: ["裏"],
  裏: ["裡"],
  着: ["著"],
  綫: ["線"],
  線: ["綫"],
  爲: ["為"],
  為: ["爲"],
  衛: ["衞"],
  衞: ["衛"],
  僞: ["偽"],
  偽: ["僞"],
  眾: ["衆"],
  衆: ["眾"],
  群: ["羣"],
  羣: ["群"],
  峰: ["峯"],
  峯: ["峰"],
  汙: ["污"],
  污: ["汙"],
  溫: ["温"],
  温: ["溫"],
  說: ["説"],
  説: ["說"],
  麵: ["麪"],
  麪: ["麵"],
  床: ["牀"],
  牀: ["床"],
  啟: ["啓", "啓"],
  啓: ["啟"],
  鉤: ["鈎"],
  鈎: ["鉤"],
  才: ["纔"],
  纔: ["才"],
  // Taiwan writes 帳 for accounts (帳戶) where opencc's standard has 賬; 帳 alone is also a tent.
  賬: ["帳"],
};

/** Problems with an edition's `variants`: keys that are not context-free single-character swaps. */
export function checkVariants(variants: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  for (const [from, to] of Object.entries(variants)) {
    if ([...from].length !== 1 || [...to].length !== 1) continue; // whole words are context-free by construction
    if (!CONTEXT_FREE_VARIANTS[from]?.includes(to)) {
      problems.push(`variant ${from} → ${to} is not a known context-free variant: write whole words instead.`);
    }
  }
  return problems;
}

/** Applies the edition's variant preferences (longest keys first). */
export function applyVariants(text: string, edition: EditionStyle): string {
  const entries = sortedVariants(edition);
  if (entries.length === 0) return text;
  let result = text;
  for (const [from, to] of entries) if (result.includes(from)) result = result.replaceAll(from, to);
  return result;
}

const sorted = new WeakMap<object, [string, string][]>();
function sortedVariants(edition: EditionStyle): [string, string][] {
  let entries = sorted.get(edition.variants);
  if (entries === undefined) {
    entries = Object.entries(edition.variants)
      .filter(([from]) => from !== "")
      .sort(([a], [b]) => b.length - a.length);
    sorted.set(edition.variants, entries);
  }
  return entries;
}
