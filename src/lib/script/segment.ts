/**
 * Word boundaries for conversion, from jieba (@node-rs/jieba, its default dictionary of ~350k
 * Simplified words). Loaded lazily, once per process (~200 ms, ~60 MB). Traditional text is cut
 * through a Simplified shadow of the same length (character-level opencc), as jieba's dictionary
 * is Simplified.
 */
import { readFileSync } from "node:fs";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { tsCharacters } from "./dictionaries.ts";
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
 * `bounds[i] === 1` when a word starts at UTF-16 offset i (and at text.length). Without HMM:
 * words jieba does not know stay single characters, so that a dictionary phrase covering them
 * whole (a name) is still allowed.
 */
export function wordBoundaries(text: string, script: Script): Words {
  const bounds = new Uint8Array(text.length + 1);
  bounds[0] = 1;
  bounds[text.length] = 1;
  const shadow = script === "hant" ? simplifiedShadow(text) : text;
  if (text.length === 0) return { bounds, shadow };
  let offset = 0;
  for (const word of cutter().cut(shadow, false)) {
    offset += word.length;
    if (offset <= text.length) bounds[offset] = 1;
  }
  return { bounds, shadow };
}

/** Word starts of a text, and the Simplified text they were cut from (same UTF-16 offsets). */
export type Words = { readonly bounds: Uint8Array; readonly shadow: string };

/**
 * Whether a dictionary match [start, end) may stand: it must not start or end inside a common word
 * (年頭|發生: 頭髮 is refused). Rare words do not count (周|线图 lets opencc's 周线 stand), but a
 * common word inside a rare one does (被|发掘出来: 发掘).
 */
export function respects(words: Words, start: number, end: number): boolean {
  const { bounds, shadow } = words;
  if (end - start <= 1) return true;
  let inner = false;
  for (let k = start + 1; k < end; k++) {
    if (bounds[k] === 1) {
      inner = true;
      break;
    }
  }
  if (!inner) return true;
  return !cutsCommonWord(words, start) && !cutsCommonWord(words, end);
  /** Whether `at` falls inside a common word of the text: jieba's word there, or a part of it. */
  function cutsCommonWord(_: Words, at: number): boolean {
    if (bounds[at] === 1) return false;
    let wordStart = at - 1;
    while (wordStart > 0 && bounds[wordStart] !== 1) wordStart--;
    let wordEnd = at + 1;
    while (wordEnd < bounds.length - 1 && bounds[wordEnd] !== 1) wordEnd++;
    const common = commonWords();
    for (let a = wordStart; a < at; a++) {
      for (let b = at + 1; b <= wordEnd; b++) if (common.has(shadow.slice(a, b))) return true;
    }
    return false;
  }
}

/** Character-level Traditional → Simplified, keeping every character's UTF-16 length. */
function simplifiedShadow(text: string): string {
  const chars = tsCharacters();
  let shadow = "";
  for (const char of text) {
    const simplified = chars.get(char);
    shadow += simplified !== undefined && simplified.length === char.length ? simplified : char;
  }
  return shadow;
}
