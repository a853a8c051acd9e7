/**
 * The conversion engine: opencc's dictionaries and chains, matched longest-first like opencc, but
 * a dictionary phrase may not cross a word boundary (jieba): it must lie inside one word, or cover
 * whole words from a boundary to a boundary. When the longest phrase is refused, a shorter one (or
 * the single character) is used. Two more sources of decisions come first:
 *   - user entries (site overrides, article rules, rule groups): whole words, final output;
 *   - context rules ("pins"): the deciding stage's output for one character at one position, which
 *     any phrase covering that position must agree with.
 */
import { compatibility, type Chain, type Trie } from "./dictionaries.ts";
import { LOCATIVES, respects, type Words } from "./segment.ts";

/** The reason of a decision a lexicon word made (lexicon.ts). */
export const LEXICON_REASON = "CC-CEDICT";

/** How a character's conversion was decided (at the chain's deciding stage). */
export type DecisionKind = "phrase" | "char" | "rule" | "user";

export type Decision = {
  /** UTF-16 offsets in the (normalised) source text. */
  readonly start: number;
  readonly end: number;
  readonly source: string;
  readonly target: string;
  readonly kind: DecisionKind;
  /** For a context-rule decision: the rule's id (`name-surname` for a person-name guess). */
  readonly reason?: string;
  /** A longer dictionary phrase starting here that was refused (word boundary or a rule): the reading this decision beat. */
  readonly beat?: string;
};

export type EngineInput = {
  readonly chain: Chain;
  /** Index of the stage that chooses between a character's candidates. */
  readonly deciding: number;
  /** Word boundaries; undefined: opencc's own longest match, no constraint. */
  readonly words: Words | undefined;
  /** Position → the deciding stage's output there (one character). */
  readonly pins: ReadonlyMap<number, string> | undefined;
  /** Position → the id of the rule that set its pin. */
  readonly reasons?: ReadonlyMap<number, string>;
  /** Position → a lexicon word's reading, used only where no phrase or pin decides (lexicon.ts). */
  readonly lexicon?: ReadonlyMap<number, string> | undefined;
  readonly user: Trie | undefined;
  /** When given, receives the deciding stage's decisions. */
  readonly decisions?: Decision[];
  /** When given, counts characters of `ambiguous` that the single-character default decided. */
  readonly defaults?: { readonly ambiguous: Readonly<Record<string, unknown>>; count: number };
};

/** Normalises CJK compatibility ideographs (opencc's first step); keeps UTF-16 length when it can. */
export function normalise(text: string): string {
  const map = compatibility();
  let result: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Compatibility ideographs: U+F900–U+FAFF, and U+2F800–U+2FA1F (surrogates D87E).
    if ((code >= 0xf900 && code <= 0xfaff) || code === 0xd87e) {
      result ??= text.slice(0, i);
      const char = code === 0xd87e ? text.slice(i, i + 2) : (text[i] ?? "");
      const mapped = map.get(char);
      result += mapped !== undefined && mapped.length === char.length ? mapped : char;
      if (code === 0xd87e) i++;
    } else if (result !== undefined) result += text[i];
  }
  return result ?? text;
}

const ends: number[] = [];
const values: string[] = [];
const userEnds: number[] = [];
const userValues: string[] = [];

/** Whether [start, end) may be one dictionary match: it may not cut into a common word. */
function allowed(words: Words | undefined, start: number, end: number): boolean {
  return words === undefined || respects(words, start, end);
}

/**
 * Whether the match [start, end) → `value` of `trie` may stand inside one word: a common word
 * crossing it must read the characters they share the same way (its phrase, else characters).
 */
function allowedInside(
  words: Words | undefined,
  trie: Trie,
  segment: string,
  offset: number,
  start: number,
  end: number,
  value: string,
): boolean {
  if (words === undefined) return true;
  return respects(words, offset + start, offset + end, (a, b) => {
    const from = a - offset;
    const to = b - offset;
    if (from < 0 || to > segment.length || value.length !== end - start) return false;
    const word = segment.slice(from, to);
    let reading = trie.get(word);
    if (reading === undefined || reading.length !== word.length) {
      reading = "";
      for (const char of word) reading += trie.get(char) ?? char;
      if (reading.length !== word.length) return false;
    }
    for (let k = Math.max(from, start); k < Math.min(to, end); k++) {
      if (reading[k - from] !== value[k - start]) return false;
    }
    return true;
  });
}

/**
 * Whether the match [start, end) → `value` cuts into a word of this sentence that the dictionary
 * (`trie`) reads differently on the characters they share: the word wins (是只 → 是隻 is refused
 * in 是|只读, read 只讀; 米制 in 奈米|制程, read 製程). Only the words at the match's two edges
 * can be cut.
 */
function cutsDictionaryWord(
  words: Words | undefined,
  trie: Trie,
  text: string,
  start: number,
  end: number,
  value: string,
  /** Offset of `text` in the text `words` cut. */
  offset = 0,
  /** The stage's single characters (`trie` itself unless it holds phrases only). */
  characters: Trie | undefined = trie,
): boolean {
  if (words === undefined || end - start <= 1 || value.length !== end - start) return false;
  const { bounds } = words;
  for (const edge of [start, end]) {
    if (bounds[offset + edge] === 1) continue;
    let a = edge - 1;
    while (a > 0 && bounds[offset + a] !== 1) a--;
    let b = edge + 1;
    while (b < text.length && bounds[offset + b] !== 1) b++;
    if (bounds[offset + a] !== 1 || bounds[offset + b] !== 1 || b - a > 8) continue;
    // The phrase's last character and a locative (操作台|前): a place word, not a reading.
    if (edge === end && a === edge - 1 && b === edge + 1 && LOCATIVES.test(text[edge] ?? "")) continue;
    // A word's last character and the locative after it, a word of its own (偏方|里 is not 方里,
    // a square li): the locative is read alone.
    if (edge === start && b === end - 1 && bounds[offset + end] === 1 && LOCATIVES.test(text[b] ?? "")) return true;
    const reading = trie.get(text.slice(a, b));
    if (reading === undefined || reading.length !== b - a) continue;
    for (let k = Math.max(a, start); k < Math.min(b, end); k++) if (reading[k - a] !== value[k - start]) return true;
    // Nor may it take the start of a word whose phrase decides the rest: changes a character there
    // (同左 in 同|左邻右舍, then 舍得 took 舍) or keeps one its default changes (那种人 in
    // 那种|人云亦云 left 云 to its default 雲).
    if (edge === end)
      for (let k = end; k < b; k++) {
        const char = text[k] ?? "";
        if (reading[k - a] !== char || (characters !== undefined && reading[k - a] !== (characters.get(char) ?? char)))
          return true;
      }
  }
  return false;
}

/** Whether a match agrees with the pins it covers (its output must be aligned to check). */
function agrees(pins: ReadonlyMap<number, string> | undefined, start: number, end: number, value: string): boolean {
  if (pins === undefined || pins.size === 0) return true;
  for (let k = start; k < end; k++) {
    const pin = pins.get(k);
    if (pin === undefined) continue;
    if (value.length !== end - start || value[k - start] !== pin) return false;
  }
  return true;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Ambiguous characters of the Basic Multilingual Plane by code: a string key lookup per character costs. */
const ambiguousTables = new WeakMap<object, Uint8Array>();

function isAmbiguous(ambiguous: Readonly<Record<string, unknown>>, text: string, at: number, width: number): boolean {
  if (width !== 1) return ambiguous[text.slice(at, at + width)] !== undefined;
  let table = ambiguousTables.get(ambiguous);
  if (table === undefined) {
    table = new Uint8Array(0x10000);
    for (const char of Object.keys(ambiguous)) if (char.length === 1) table[char.charCodeAt(0)] = 1;
    ambiguousTables.set(ambiguous, table);
  }
  return table[text.charCodeAt(at)] === 1;
}

/**
 * Converts `text` with opencc's chain under the word-boundary constraint.
 * Segments: user entries (final), segmentation-dictionary matches, and the runs between them.
 */
export function runChain(text: string, input: EngineInput): string {
  const { chain, words, pins, user, deciding, decisions, defaults, reasons, lexicon } = input;
  // 1. Segmentation: [start, end, fixed output or undefined].
  const starts: number[] = [];
  const stops: number[] = [];
  const fixed: (string | undefined)[] = [];
  const segmentation = chain.segmentation;
  let run = -1;
  const flush = (at: number) => {
    if (run >= 0 && at > run) {
      starts.push(run);
      stops.push(at);
      fixed.push(undefined);
    }
    run = -1;
  };
  for (let i = 0; i < text.length;) {
    let userEnd = 0;
    let userValue = "";
    if (user !== undefined) {
      const count = user.matches(text, i, text.length, userEnds, userValues);
      for (let m = count - 1; m >= 0; m--) {
        const end = userEnds[m] ?? 0;
        if (allowed(words, i, end)) {
          userEnd = end;
          userValue = userValues[m] ?? "";
          break;
        }
      }
    }
    let segEnd = 0;
    if (segmentation !== undefined) {
      const count = segmentation.matches(text, i, text.length, ends, values);
      for (let m = count - 1; m >= 0; m--) {
        const end = ends[m] ?? 0;
        const value = values[m] ?? "";
        if (
          end - i > 1 &&
          allowed(words, i, end) &&
          agrees(pins, i, end, value) &&
          !cutsDictionaryWord(words, segmentation, text, i, end, value, 0, deciding === 0 ? chain.stages[0] : undefined)
        ) {
          segEnd = end;
          break;
        }
      }
    }
    if (userEnd > 0 && userEnd >= segEnd) {
      flush(i);
      starts.push(i);
      stops.push(userEnd);
      fixed.push(userValue);
      decisions?.push({ start: i, end: userEnd, source: text.slice(i, userEnd), target: userValue, kind: "user" });
      i = userEnd;
    } else if (segEnd > 0) {
      flush(i);
      starts.push(i);
      stops.push(segEnd);
      fixed.push(undefined);
      i = segEnd;
    } else {
      if (run < 0) run = i;
      i += isHighSurrogate(text.charCodeAt(i)) ? 2 : 1;
    }
  }
  flush(text.length);

  // 2. Stages, segment by segment.
  let result = "";
  for (let s = 0; s < starts.length; s++) {
    const start = starts[s] ?? 0;
    const stop = stops[s] ?? 0;
    const output = fixed[s];
    if (output !== undefined) {
      result += output;
      continue;
    }
    let segment = text.slice(start, stop);
    let aligned = true;
    for (let stage = 0; stage < chain.stages.length; stage++) {
      const trie = chain.stages[stage];
      if (trie === undefined) continue;
      const isDeciding = stage === deciding;
      const converted = convertSegment(
        segment,
        trie,
        aligned ? words : undefined,
        start,
        isDeciding && aligned ? pins : undefined,
        isDeciding && aligned ? decisions : undefined,
        isDeciding && aligned ? defaults : undefined,
        reasons,
        isDeciding,
        isDeciding && aligned ? lexicon : undefined,
      );
      if (converted.length !== segment.length) aligned = false;
      segment = converted;
    }
    result += segment;
  }
  return result;
}

/**
 * Longest-match conversion of one segment by one dictionary, under the constraints. Unchanged
 * stretches are copied whole: most characters of a text have no entry in a given dictionary.
 */
function convertSegment(
  segment: string,
  trie: Trie,
  words: Words | undefined,
  offset: number,
  pins: ReadonlyMap<number, string> | undefined,
  decisions: Decision[] | undefined,
  defaults: EngineInput["defaults"],
  reasons: ReadonlyMap<number, string> | undefined,
  deciding: boolean,
  lexicon: ReadonlyMap<number, string> | undefined,
): string {
  let result = "";
  /** segment[copied, i) is unchanged and not yet in `result`. */
  let copied = 0;
  for (let i = 0; i < segment.length;) {
    const count = trie.matches(segment, i, segment.length, ends, values);
    const width = isHighSurrogate(segment.charCodeAt(i)) ? 2 : 1;
    let end = i + width;
    let value: string | undefined;
    let kind: DecisionKind = "char";
    let beat: string | undefined;
    for (let m = count - 1; m >= 0; m--) {
      const candidate = ends[m] ?? 0;
      const candidateValue = values[m] ?? "";
      if (candidate - i <= width) {
        value = candidateValue;
        break;
      }
      if (
        allowedInside(words, trie, segment, offset, i, candidate, candidateValue) &&
        agrees(pins, offset + i, offset + candidate, candidateValue) &&
        !(deciding && cutsDictionaryWord(words, trie, segment, i, candidate, candidateValue, offset))
      ) {
        end = candidate;
        value = candidateValue;
        kind = "phrase";
        break;
      }
      if (decisions !== undefined) beat ??= segment.slice(i, candidate);
    }
    let pin = end === i + width ? pins?.get(offset + i) : undefined;
    let reason = pin === undefined ? undefined : reasons?.get(offset + i);
    if (pin === undefined && end === i + width && lexicon !== undefined) {
      pin = lexicon.get(offset + i);
      if (pin !== undefined) reason = LEXICON_REASON;
    }
    if (pin !== undefined) {
      value = pin;
      kind = "rule";
    }
    if (defaults !== undefined && kind === "char" && isAmbiguous(defaults.ambiguous, segment, i, width)) {
      defaults.count++;
    }
    if (value !== undefined) {
      decisions?.push({
        start: offset + i,
        end: offset + end,
        source: segment.slice(i, end),
        target: value,
        kind,
        ...(reason === undefined ? {} : { reason }),
        ...(beat === undefined ? {} : { beat }),
      });
      result += segment.slice(copied, i) + value;
      copied = end;
    } else if (decisions !== undefined) {
      const source = segment.slice(i, end);
      decisions.push({
        start: offset + i,
        end: offset + end,
        source,
        target: source,
        kind,
        ...(beat === undefined ? {} : { beat }),
      });
    }
    i = end;
  }
  return copied === 0 ? segment : result + segment.slice(copied);
}
