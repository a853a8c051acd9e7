/**
 * The importer's line rules, in the order they run: a repair that loses information (a garble's
 * guess) comes before the ones that read its result (lost characters look in the code pages the
 * garbles came from), and widths are fixed last, on the repaired text.
 */
import type { RuleMeta } from "../../article/rules/define.ts";
import type { LineRule, LineState } from "./define.ts";
import { DROPPED_TEXT } from "./dropped-text.ts";
import { SCRIPT_CHECK } from "./script-check.ts";
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

/** Every importer rule module: the line rules, then the checks of the recognised article. */
export const IMPORT_RULES: readonly RuleMeta[] = [...LINE_RULES.map((rule) => rule.meta), SCRIPT_CHECK, DROPPED_TEXT];

/** Runs every line rule over the state, in order. */
export function runLineRules(state: LineState): void {
  for (const rule of LINE_RULES) rule.run(state);
}

export type { LineRule, LineState } from "./define.ts";
