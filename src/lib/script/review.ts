/**
 * The review list: every decision on a character with several possible conversions that the
 * engine could not be sure of — a single-character default, a context rule, a person-name guess,
 * or a dictionary phrase that chose another reading than the character's default — ranked by
 * risk, with its sentence and the front-matter rule that fixes it.
 */
import { chainFor } from "./dictionaries.ts";
import { convertCharacters } from "./converter.ts";
import type { Decision } from "./engine.ts";
import type { ConversionRule, EditionStyle, TextLanguage } from "./types.ts";
import { AMBIGUOUS_HANS, AMBIGUOUS_HANT, ONE_TO_MANY } from "./ambiguous.ts";
import { wordBoundaries } from "./segment.ts";

export { AMBIGUOUS_HANS, AMBIGUOUS_HANT } from "./ambiguous.ts";

/** Why a decision is listed. */
export type ReviewKind = "default" | "rule" | "name" | "phrase";

export type ReviewItem = {
  /** UTF-16 offset in the text. */
  readonly offset: number;
  readonly source: string;
  readonly target: string;
  readonly candidates: readonly string[];
  /** About ten characters either side, with the character marked 【】. */
  readonly context: string;
  readonly kind: ReviewKind;
  /** The context rule's id, `name-surname`, or the phrase that decided. */
  readonly reason: string;
  /** A dictionary phrase starting here that the engine refused (its reading lost), if any. */
  readonly beat?: string;
  /** 0–100: how likely the decision is wrong (ranking; the report hides low risks by default). */
  readonly risk: number;
  /** The sentence holding the character. */
  readonly sentence: string;
  /** The rule that gives the other reading: add it to the article's `conversion: rules:`. */
  readonly fix: ConversionRule;
};

/**
 * Risk of a single-character default, by character: how often the default is wrong in news text
 * (from the reported-error fixtures: 发 and 干 are wrong most often).
 */
const DEFAULT_RISK: Readonly<Record<string, number>> = {
  发: 80,
  干: 80,
  系: 70,
  于: 65,
  余: 65,
  钟: 65,
  范: 65,
  历: 60,
  周: 60,
  复: 60,
  制: 60,
  冲: 60,
  几: 60,
  斗: 60,
  松: 35,
  丑: 60,
  里: 40,
  只: 55,
  面: 50,
  采: 50,
  台: 45,
  后: 45,
  准: 45,
};
/** Regional spellings of one Traditional character (裏 in OpenCC, 裡 in Taiwan). */
const SAME_CHARACTER: Readonly<Record<string, string>> = { 裡: "裏", 麵: "麪", 臺: "台" };
const RULE_RISK = 40;
const NAME_RISK = 60;
const PHRASE_RISK = 25;

/**
 * Every character of OpenCC's one-to-many tables with its candidates (default first); the
 * characters editors should check most (ambiguous.ts) keep their order of candidates.
 */
const CANDIDATES = {
  hans: { ...ONE_TO_MANY.hans, ...AMBIGUOUS_HANS },
  hant: { ...ONE_TO_MANY.hant, ...AMBIGUOUS_HANT },
} as const;
/** Risk of a default on a one-to-many character outside ambiguous.ts: rare, or almost always right. */
const RARE_RISK = 30;

/** Risky decisions of a conversion, highest risk first (then in text order). */
export function reviewConversion(text: string, from: TextLanguage, to: EditionStyle): ReviewItem[] {
  // Character forms within one script (裏 → 裡) decide nothing worth a review.
  if (from.script === to.script || chainFor(from.standard, to.standard) === undefined) return [];
  const table = CANDIDATES[from.script];
  const common = from.script === "hans" ? AMBIGUOUS_HANS : AMBIGUOUS_HANT;
  const decisions: Decision[] = [];
  const converted = convertCharacters(text, from, to, undefined, decisions);
  const aligned = converted.length === text.length;
  const words = wordBoundaries(text, from.script);
  const items: ReviewItem[] = [];
  for (const decision of decisions) {
    const listed = listing(decision, table, common);
    if (listed === undefined) continue;
    const { at, char, kind, reason } = listed;
    let { risk } = listed;
    // A default inside a longer word (发送, 总发行) is the reading opencc needed no phrase for:
    // usually right. Standing alone (干, 发 as a word of their own) is where readings compete.
    if (kind === "default" && !standsAlone(words, at)) risk -= INSIDE_WORD_DISCOUNT;
    const candidates = table[char] ?? [];
    const chosen = aligned ? (converted[at] ?? "") : decision.target;
    const same = (a: string, b: string) => a === b || (SAME_CHARACTER[a] ?? a) === (SAME_CHARACTER[b] ?? b);
    const other = candidates.find((candidate) => !same(candidate, chosen)) ?? char;
    // The word holding the character, as the rule's text: the phrase, else jieba's word.
    let start = decision.kind === "phrase" ? decision.start : at;
    let end = decision.kind === "phrase" ? decision.end : at + 1;
    const name = kind === "name" ? words.taggedWord(at, true) : undefined;
    if (name !== undefined) {
      start = name.start;
      end = name.end;
    } else if (decision.kind !== "phrase") {
      words.ensure(at, at);
      while (start > 0 && words.bounds[start] !== 1) start--;
      while (end < text.length && words.bounds[end] !== 1) end++;
      // A one-character rule would change the character in the whole article: take a word either side.
      if (end - start === 1) {
        if (start > 0 && !/[\s\p{P}]/u.test(text[start - 1] ?? "")) {
          words.ensure(start - 1, start - 1);
          start--;
          while (start > 0 && words.bounds[start] !== 1) start--;
        } else if (end < text.length && !/[\s\p{P}]/u.test(text[end] ?? "")) {
          words.ensure(end, end);
          end++;
          while (end < text.length && words.bounds[end] !== 1) end++;
        }
      }
    }
    const word = text.slice(start, end);
    const wordConverted = aligned ? converted.slice(start, end) : convertCharacters(word, from, to, undefined);
    const fixed =
      wordConverted.length === word.length
        ? wordConverted.slice(0, at - start) + other + wordConverted.slice(at - start + 1)
        : wordConverted;
    const fix: ConversionRule =
      from.script === "hans" ? { "zh-hans": word, "zh-hant": fixed } : { "zh-hant": word, "zh-hans": fixed };
    items.push({
      offset: at,
      source: char,
      target: chosen,
      candidates,
      context: `${text.slice(Math.max(0, at - 10), at)}【${char}】${text.slice(at + 1, at + 11)}`.replace(/\s+/g, " "),
      kind,
      reason,
      ...(decision.beat === undefined ? {} : { beat: decision.beat }),
      risk,
      sentence: sentenceAt(text, at),
      fix,
    });
  }
  return items.sort((a, b) => b.risk - a.risk || a.offset - b.offset);
}

const INSIDE_WORD_DISCOUNT = 30;

/** Whether the character at `at` is a jieba word of its own. */
function standsAlone(words: ReturnType<typeof wordBoundaries>, at: number): boolean {
  words.ensure(at, at);
  return words.bounds[at] === 1 && words.bounds[at + 1] === 1;
}

/** Whether and why a decision is listed. */
function listing(
  decision: Decision,
  table: Readonly<Record<string, readonly string[]>>,
  common: Readonly<Record<string, readonly string[]>>,
): { at: number; char: string; risk: number; kind: ReviewKind; reason: string } | undefined {
  if (decision.kind === "user") return undefined;
  if (decision.kind === "char" || decision.kind === "rule") {
    const char = decision.source;
    if (table[char] === undefined) return undefined;
    if (decision.kind === "char") {
      const risk = DEFAULT_RISK[char] ?? (common[char] === undefined ? RARE_RISK : 50);
      return { at: decision.start, char, risk, kind: "default", reason: "" };
    }
    const reason = decision.reason ?? "";
    return reason === "name-surname"
      ? { at: decision.start, char, risk: NAME_RISK, kind: "name", reason }
      : { at: decision.start, char, risk: RULE_RISK, kind: "rule", reason };
  }
  // A phrase: listed for its first ambiguous character whose reading differs from that character's default.
  for (let k = 0; k < decision.source.length && decision.target.length === decision.source.length; k++) {
    const char = decision.source[k] ?? "";
    const candidates = table[char];
    if (candidates === undefined) continue;
    if (decision.target[k] !== candidates[0])
      return { at: decision.start + k, char, risk: PHRASE_RISK, kind: "phrase", reason: decision.source };
  }
  return undefined;
}

/** The sentence around `at` (up to 60 characters). */
function sentenceAt(text: string, at: number): string {
  const stops = /[。！？!?\n]/u;
  let start = at;
  while (start > 0 && at - start < 60 && !stops.test(text[start - 1] ?? "")) start--;
  let end = at;
  while (end < text.length && end - at < 60 && !stops.test(text[end] ?? "")) end++;
  return text.slice(start, Math.min(text.length, end + 1)).trim();
}

/** The front-matter line that adds `rule` (under `conversion:` → `rules:`). */
export function ruleLine(rule: ConversionRule): string {
  const quote = (value: string) => (/^[\p{L}\p{N}]+$/u.test(value) ? value : JSON.stringify(value));
  return `    - { ${Object.entries(rule)
    .map(([tag, value]) => `${tag}: ${quote(value)}`)
    .join(", ")} }`;
}
