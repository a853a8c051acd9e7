/**
 * Word boundaries for conversion, from jieba (@node-rs/jieba, its default dictionary of ~350k
 * Simplified words). Loaded lazily, once per process (~200 ms, ~60 MB). Traditional text is cut
 * through a Simplified shadow of the same length (character-level opencc), as jieba's dictionary
 * is Simplified.
 */
import { readFileSync } from "node:fs";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { simplifiedCharacters } from "./dictionaries.ts";
import type { Script } from "./types.ts";

let jieba: Jieba | undefined;
let common: Set<string> | undefined;

/** Words of jieba's dictionary seen at least this often: a phrase may not cut into one of them. */
const COMMON_WORD_FREQUENCY = 100;

/** Multi-character words of jieba's dictionary with frequency ≥ COMMON_WORD_FREQUENCY (~31k). */
export function commonWords(): Set<string> {
  if (common !== undefined) return common;
  common = new Set();
  const text = new TextDecoder().decode(dict);
  for (let start = 0; start < text.length;) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const space = text.indexOf(" ", start);
    if (space > start + 1 && space < end) {
      const next = text.indexOf(" ", space + 1);
      const frequency = Number(text.slice(space + 1, next > space && next < end ? next : end));
      if (frequency >= COMMON_WORD_FREQUENCY) common.add(text.slice(start, space));
    }
    start = end + 1;
  }
  return common;
}

let frequencies: { readonly words: Map<string, number>; readonly logTotal: number } | undefined;

/**
 * Every word of jieba's dictionary (with newsprint's additions) and its frequency, and the log of
 * their sum: jieba's own model of how likely a cut is. Loaded on first use (~350k words; the
 * review list needs it, conversion does not).
 */
export function wordFrequencies(): { readonly words: Map<string, number>; readonly logTotal: number } {
  if (frequencies !== undefined) return frequencies;
  const words = new Map<string, number>();
  let total = 0;
  const text = `${new TextDecoder().decode(dict)}\n${EXTRA_WORDS.toString("utf8")}`;
  for (const line of text.split("\n")) {
    const [word, count] = line.split(" ");
    const frequency = Number(count);
    if (word === undefined || word === "" || !(frequency > 0)) continue;
    words.set(word, frequency);
    total += frequency;
  }
  frequencies = { words, logTotal: Math.log(total) };
  return frequencies;
}

/**
 * jieba's log-probability of the best cut of `text` (its DAG route, without HMM) that keeps
 * [start, end) as one word: comparing two such scores tells how close a sentence is to being cut
 * the other way.
 */
export function bestCutScore(text: string, start: number, end: number): number {
  const { words, logTotal } = wordFrequencies();
  const best = new Float64Array(text.length + 1).fill(-Infinity);
  best[0] = 0;
  for (let i = 1; i <= text.length; i++) {
    for (let j = Math.max(0, i - 8); j < i; j++) {
      const crosses =
        (j < start && i > start) || (j < end && i > end) || (j >= start && i <= end && !(j === start && i === end));
      if (crosses) continue;
      const frequency = words.get(text.slice(j, i)) ?? (i - j === 1 ? 1 : 0);
      if (frequency === 0) continue;
      const score = (best[j] ?? -Infinity) + Math.log(frequency) - logTotal;
      if (score > (best[i] ?? -Infinity)) best[i] = score;
    }
  }
  return best[text.length] ?? -Infinity;
}

/**
 * Words jieba's dictionary lacks that opencc's phrases need whole (乙太网: jieba cut 乙/太/网络,
 * which refused opencc's 乙太網 → 以太网), in jieba's `word frequency tag` form.
 */
const EXTRA_WORDS = readFileSync(new URL("../../../data/conversion/segmentation-words.txt", import.meta.url));

function cutter(): Jieba {
  jieba ??= Jieba.withDict(Buffer.concat([dict, Buffer.from("\n"), EXTRA_WORDS]));
  return jieba;
}

/**
 * Word starts of `text`, cut by jieba without HMM: words jieba does not know stay single
 * characters, so that a dictionary phrase covering them whole (a name) is still allowed.
 *
 * Cut lazily, clause by clause: jieba cuts each run of Han characters and ASCII letters on its own
 * and makes every other character a word, so a clause (the text between two such characters) is
 * cut exactly as in the whole text, and only clauses the engine asks about are cut at all.
 */
export function wordBoundaries(text: string, script: Script): Words {
  return new Words(script === "hant" ? simplifiedCharacters(text) : text);
}

/** 1 for ASCII characters jieba splits at: all but its `re_han` class's [A-Za-z0-9+#&._%-]. */
const ASCII_SPLITS = Uint8Array.from({ length: 128 }, (_, code) =>
  /[A-Za-z0-9+#&._%-]/.test(String.fromCharCode(code)) ? 0 : 1,
);

/**
 * Characters jieba never puts inside a word (a subset of what it splits at: whitespace, CJK and
 * fullwidth punctuation, general punctuation, most ASCII punctuation, newsprint's piece separator).
 */
function splitsClauses(code: number): boolean {
  if (code < 0x80) return ASCII_SPLITS[code] === 1;
  return (
    (code >= 0x3000 && code <= 0x303f && code !== 0x3005 && code !== 0x3007) ||
    (code >= 0x2010 && code <= 0x205f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    code === 0x00b7 ||
    code === 0xe000
  );
}

/** A word of a clause with jieba's part-of-speech tag; offsets in the text. */
export type TaggedWord = { readonly start: number; readonly end: number; readonly word: string; readonly tag: string };

/** Word starts of a text, and the Simplified text they are cut from (same UTF-16 offsets). */
export class Words {
  /** 1 where a word starts (and at the end); inside a clause, valid once `ensure` has cut it. */
  readonly bounds: Uint8Array;
  readonly shadow: string;
  /** Start of the clause holding each position; -1 on a character that splits clauses. */
  private readonly clauseOf: Int32Array;
  /** 1 at the start of each clause already cut. */
  private readonly done: Uint8Array;

  constructor(shadow: string) {
    this.shadow = shadow;
    const length = shadow.length;
    this.bounds = new Uint8Array(length + 1);
    this.clauseOf = new Int32Array(length);
    this.done = new Uint8Array(length);
    this.bounds[0] = 1;
    this.bounds[length] = 1;
    let clause = -1;
    for (let i = 0; i < length; i++) {
      const code = shadow.charCodeAt(i);
      if (splitsClauses(code)) {
        // A word of its own, but for jieba's "\r\n", one word.
        if (!(code === 0x0a && i > 0 && shadow.charCodeAt(i - 1) === 0x0d)) this.bounds[i] = 1;
        if (!(code === 0x0d && shadow.charCodeAt(i + 1) === 0x0a)) this.bounds[i + 1] = 1;
        this.clauseOf[i] = -1;
        clause = -1;
      } else {
        if (clause < 0) clause = i;
        this.clauseOf[i] = clause;
      }
    }
  }

  /** Cuts the clauses holding positions start…end (inclusive) that are not cut yet. */
  ensure(start: number, end: number): void {
    const last = Math.min(end, this.shadow.length - 1);
    for (let at = Math.max(0, start); at <= last; at++) {
      const clause = this.clauseOf[at] ?? -1;
      if (clause < 0) continue;
      if (this.done[clause] !== 1) this.cut(clause);
      // Skip to the end of this clause.
      while (at + 1 <= last && this.clauseOf[at + 1] === clause) at++;
    }
  }

  /** [start, end) of the word holding `at` (cut without HMM). */
  span(at: number): readonly [number, number] {
    this.ensure(at, at);
    let start = at;
    while (start > 0 && this.bounds[start] !== 1) start--;
    let end = at + 1;
    while (end < this.shadow.length && this.bounds[end] !== 1) end++;
    return [start, end];
  }

  /** Per clause start: jieba's tagged words (without / with HMM), cut on first request. */
  private readonly tagged = [new Map<number, TaggedWord[]>(), new Map<number, TaggedWord[]>()] as const;

  /**
   * The word holding `at` as jieba tags it (part of speech: n noun, v verb, nr person name, ns
   * place, x a word HMM found that no dictionary has, often a name), or undefined on a character
   * that splits clauses. With `hmm`, unknown names come out whole (余华, 于和伟).
   */
  taggedWord(at: number, hmm: boolean): TaggedWord | undefined {
    return this.taggedWords(at, hmm)?.find((word) => word.start <= at && at < word.end);
  }

  /** The tagged words of the clause holding `at`. */
  taggedWords(at: number, hmm: boolean): readonly TaggedWord[] | undefined {
    const clause = this.clauseOf[at] ?? -1;
    if (clause < 0) return undefined;
    const cache = this.tagged[hmm ? 1 : 0];
    let words = cache.get(clause);
    if (words === undefined) {
      let end = clause;
      while (end < this.shadow.length && this.clauseOf[end] === clause) end++;
      words = [];
      let offset = clause;
      for (const { word, tag } of cutter().tag(this.shadow.slice(clause, end), hmm)) {
        words.push({ start: offset, end: offset + word.length, word, tag });
        offset += word.length;
      }
      cache.set(clause, words);
    }
    return words;
  }

  private cut(clause: number): void {
    this.done[clause] = 1;
    let end = clause;
    while (end < this.shadow.length && this.clauseOf[end] === clause) end++;
    let offset = clause;
    for (const word of cutter().cut(this.shadow.slice(clause, end), false)) {
      offset += word.length;
      this.bounds[offset] = 1;
    }
  }
}

/**
 * Whether a dictionary match [start, end) may stand: it must not start or end inside a common word
 * (年頭|發生: 頭髮 is refused). Rare words do not count (周|线图 lets opencc's 周线 stand), but a
 * common word inside a rare one does (被|发掘出来: 发掘).
 */
/** Locatives a noun takes after it: 上, 下, 前, 后, 里, 中, 内, 外, 旁, 边. */
export const LOCATIVES = /^[上下前后里中内外旁边]$/u;

export function respects(
  words: Words,
  start: number,
  end: number,
  /** Whether the common word [a, b) crossing the match reads its shared characters as the match does. */
  compatible?: (a: number, b: number) => boolean,
): boolean {
  if (end - start <= 1) return true;
  words.ensure(start, end);
  const { bounds, shadow } = words;
  let inner = false;
  for (let k = start + 1; k < end; k++) {
    if (bounds[k] === 1) {
      inner = true;
      break;
    }
  }
  if (!inner) {
    // Inside one word: the phrase may not end or start inside a common word that crosses it
    // there and reads the shared characters otherwise (直发 in 直发抖 cuts 发抖; 上周 in 上周五
    // agrees with 周五 → 週五); the word as a whole does not count.
    if (bounds[start] === 1 && bounds[end] === 1) return true;
    return !cutsCommonWord(start, true) && !cutsCommonWord(end, true, true);
  }
  return !cutsCommonWord(start, false) && !cutsCommonWord(end, false, true);
  /** Whether `at` falls inside a common word of the text: jieba's word there, or a part of it. */
  function cutsCommonWord(at: number, partsOnly: boolean, atEnd = false): boolean {
    if (bounds[at] === 1) return false;
    let wordStart = at - 1;
    while (wordStart > 0 && bounds[wordStart] !== 1) wordStart--;
    let wordEnd = at + 1;
    while (wordEnd < bounds.length - 1 && bounds[wordEnd] !== 1) wordEnd++;
    const common = commonWords();
    for (let a = wordStart; a < at; a++) {
      for (let b = at + 1; b <= wordEnd; b++) {
        if (partsOnly && a === wordStart && b === wordEnd) continue;
        // The phrase's last character with a locative after it (手术台|上, 操作台|前): a place
        // word jieba joins, not a reading of the character.
        if (atEnd && a === at - 1 && b === at + 1 && LOCATIVES.test(shadow[at] ?? "")) continue;
        if (!common.has(shadow.slice(a, b))) continue;
        // A crossing word that reads the shared characters as the match does lets it stand inside
        // one word, and across words where a phrase of three or more characters shares only its
        // edge character with it (辟支佛|法 against 佛法).
        const edgeOnly = atEnd ? a === at - 1 : b === at + 1;
        if ((partsOnly || (end - start >= 3 && edgeOnly)) && compatible?.(a, b) === true) continue;
        return true;
      }
    }
    return false;
  }
}
