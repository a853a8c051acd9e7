/**
 * The review list: characters with several possible conversions that were decided by a
 * single-character default (no phrase, rule or word rule), with their context, for editors.
 */
import { chainFor } from "./dictionaries.ts";
import { convertCharacters, sameStandard } from "./converter.ts";
import type { Decision } from "./engine.ts";
import type { EditionStyle, TextLanguage } from "./types.ts";
import { AMBIGUOUS_HANS, AMBIGUOUS_HANT } from "./ambiguous.ts";

export { AMBIGUOUS_HANS, AMBIGUOUS_HANT } from "./ambiguous.ts";

export type ReviewItem = {
  /** UTF-16 offset in the text. */
  readonly offset: number;
  readonly source: string;
  readonly target: string;
  readonly candidates: readonly string[];
  /** About ten characters either side, with the character marked 【】. */
  readonly context: string;
};

/** Risky spots of a conversion: ambiguous characters decided by the single-character default. */
export function reviewConversion(text: string, from: TextLanguage, to: EditionStyle): ReviewItem[] {
  if (sameStandard(from, to) || chainFor(from.standard, to.standard) === undefined) return [];
  const table = from.script === "hans" ? AMBIGUOUS_HANS : AMBIGUOUS_HANT;
  const decisions: Decision[] = [];
  convertCharacters(text, from, to, undefined, decisions);
  return decisions
    .filter((decision) => decision.kind === "char" && table[decision.source] !== undefined)
    .map((decision) => ({
      offset: decision.start,
      source: decision.source,
      target: decision.target,
      candidates: table[decision.source] ?? [],
      context:
        `${text.slice(Math.max(0, decision.start - 10), decision.start)}【${decision.source}】${text.slice(decision.end, decision.end + 10)}`.replace(
          /\s+/g,
          " ",
        ),
    }));
}
