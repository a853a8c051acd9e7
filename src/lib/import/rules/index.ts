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
import { PAGE_CHARSET } from "../decode.ts";
import { PAGE_NESTING } from "../html.ts";
import { BUILD_CHECK } from "../steps/check-build.ts";
import { SOURCE_GUESS } from "../steps/resolve-fields.ts";
import { DATE_GUESS, METADATA_CONFLICT, TITLE_GUESS } from "./metadata.ts";

export const LINE_RULES: readonly LineRule[] = [
  pinyinAnnotations,
  garbledSpans,
  lostCharacters,
  unreadableCharacters,
  openQuotes,
  punctuationWidths,
  looksGarbled,
];

/**
 * Every importer rule that reports to the editor: the saved page's checks, the line rules, then the
 * checks of the recognised article and of the written one. Every warning an import raises is
 * emitted by one of them (tests/unit/import/messages.test.ts).
 */
export const IMPORT_RULES: readonly RuleMeta[] = [
  PAGE_CHARSET,
  PAGE_NESTING,
  ...LINE_RULES.map((rule) => rule.meta),
  SCRIPT_CHECK,
  SOURCE_GUESS,
  TITLE_GUESS,
  DATE_GUESS,
  METADATA_CONFLICT,
  DROPPED_TEXT,
  BUILD_CHECK,
];

/** Runs every line rule over the state, in order. */
export function runLineRules(state: LineState): void {
  for (const rule of LINE_RULES) rule.run(state);
}

export type { LineRule, LineState } from "./define.ts";
