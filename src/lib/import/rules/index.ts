/**
 * The importer's line rules, in the order they run: a repair that loses information (a garble's
 * guess) comes before the ones that read its result (lost characters look in the code pages the
 * garbles came from), and widths are fixed last, on the repaired text.
 */
import type { LineRule, LineState } from "./define.ts";
import { garbledSpans } from "./garbled-spans.ts";
import { looksGarbled } from "./looks-garbled.ts";
import { lostCharacters } from "./lost-characters.ts";
import { openQuotes } from "./open-quotes.ts";
import { pinyinAnnotations } from "./pinyin-annotations.ts";
import { punctuationWidths } from "./punctuation-widths.ts";
import { unreadableCharacters } from "./unreadable-characters.ts";

export const LINE_RULES: readonly LineRule[] = [
  pinyinAnnotations,
  garbledSpans,
  lostCharacters,
  unreadableCharacters,
  openQuotes,
  punctuationWidths,
  looksGarbled,
];

/** Runs every line rule over the state, in order. */
export function runLineRules(state: LineState): void {
  for (const rule of LINE_RULES) rule.run(state);
}

export type { LineRule, LineState } from "./define.ts";
