/**
 * Many texts are converted in one pass, joined by SEPARATOR (converter.ts): the context a rule
 * reads around a character ends where its own text ends, as if converted alone.
 */

/** Joins texts for one conversion: a private-use character no dictionary entry or rule spans. */
export const SEPARATOR = "\uE000";

/** `text` (what follows a position) up to the end of that position's own text. */
export function ownAfter(text: string): string {
  const end = text.indexOf(SEPARATOR);
  return end < 0 ? text : text.slice(0, end);
}

/** `text` (what precedes a position) from the start of that position's own text. */
export function ownBefore(text: string): string {
  return text.slice(text.lastIndexOf(SEPARATOR) + 1);
}
