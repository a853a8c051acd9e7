/** Quotation marks of an edition's house style: curly “” ‘’ or corner 「」 『』 (types.ts QuoteStyle). */
import type { EditionStyle } from "./types.ts";

const CURLY_TO_CORNER: Record<string, string> = { "“": "「", "”": "」", "‘": "『", "’": "』" };
const CURLY = /[“”‘’]/g;
const CORNER_TO_CURLY: Record<string, string> = { "「": "“", "」": "”", "『": "‘", "』": "’" };
const LATIN = /[A-Za-z0-9À-ɏ]/;
const LATIN_LETTER = /[A-Za-zÀ-ɏ]/;

/**
 * Whether the ’ at `index` is an apostrophe (it’s, don’t, students’ union) rather than a closing
 * quote: a Latin letter or digit before it, and a Latin letter after it (directly or after one space).
 */
function isApostrophe(text: string, index: number): boolean {
  const before = text[index - 1];
  if (before === undefined || !LATIN.test(before)) return false;
  const after = text[index + 1];
  if (after !== undefined && LATIN_LETTER.test(after)) return true;
  return after === " " && LATIN_LETTER.test(text[index + 2] ?? "") && (before === "s" || before === "S");
}

/**
 * Quotation marks for an edition, character by character (so texts split by inline markup still
 * pair up): curly “” ‘’ ↔ corner 「」 『』. Apostrophes are decided from neighbouring characters.
 */
export function applyQuotes(text: string, edition: Pick<EditionStyle, "quotes">): string {
  if (edition.quotes === "keep") return text;
  if (edition.quotes === "curly")
    return /[「」『』]/.test(text) ? text.replace(/[「」『』]/g, (mark) => CORNER_TO_CURLY[mark] ?? mark) : text;
  return text.replace(CURLY, (mark, index: number) =>
    mark === "’" && isApostrophe(text, index) ? mark : (CURLY_TO_CORNER[mark] ?? mark),
  );
}
