/**
 * Words of CC-CEDICT that settle a one-to-many character where opencc has no phrase and would
 * fall back to its single-character default: 青团 → 青糰, 马里 → 馬里, 吃干抹净 → 吃乾抹淨, 范缜
 * → 范縝. A lexicon word must be one word of the sentence as jieba cuts it, or characters jieba
 * left single, so that 头发|小 never reads 发小, nor 干|手机 the hand dryer 干手机. Its readings
 * are weaker than a dictionary phrase or a context rule: the engine uses one only for a character
 * it would otherwise decide alone. The review list asks where another CC-CEDICT word reads a
 * character otherwise than the engine did (otherWordAt).
 */
import lexicon from "../../../data/conversion/lexicon.json" with { type: "json" };
import type { Words } from "./segment.ts";

const WORDS: ReadonlyMap<string, string> = new Map(Object.entries(lexicon.words));
const LONGEST = Math.max(...[...WORDS.keys()].map((word) => word.length));
/** 1 for characters some lexicon word reads. */
const READ = new Uint8Array(0x10000);
for (const [word, reading] of WORDS)
  for (let i = 0; i < word.length; i++) if (reading[i] !== "·") READ[word.charCodeAt(i)] = 1;

/** Position → the deciding stage's output the longest lexicon word there gives. */
export function lexiconReadings(text: string, words: Words): Map<number, string> | undefined {
  let readings: Map<number, string> | undefined;
  const { bounds } = words;
  for (let at = 0; at < text.length; at++) {
    if (READ[text.charCodeAt(at)] !== 1) continue;
    const [wordStart, wordEnd] = words.span(at);
    let reading: string | undefined;
    if (wordEnd - wordStart > 1) {
      reading = WORDS.get(text.slice(wordStart, wordEnd))?.[at - wordStart];
    } else {
      // A run of characters jieba left single around `at`: its longest lexicon word holding `at`.
      words.ensure(Math.max(0, at - LONGEST + 1), Math.min(text.length - 1, at + LONGEST - 1));
      let runStart = at;
      while (runStart > 0 && at - runStart < LONGEST - 1 && single(bounds, runStart - 1)) runStart--;
      let runEnd = at + 1;
      while (runEnd < text.length && runEnd - at < LONGEST && single(bounds, runEnd)) runEnd++;
      let longest = 1;
      for (let start = runStart; start <= at; start++) {
        for (let end = Math.min(runEnd, start + LONGEST); end > at && end - start > longest; end--) {
          const entry = WORDS.get(text.slice(start, end));
          if (entry === undefined) continue;
          reading = entry[at - start];
          longest = end - start;
          break;
        }
      }
    }
    if (reading === undefined || reading === "·") continue;
    (readings ??= new Map()).set(at, reading);
  }
  return readings;
}

/** Whether the character at `at` is a word of its own. */
const single = (bounds: Uint8Array, at: number) => bounds[at] === 1 && bounds[at + 1] === 1;

/** Review words (lexicon.json `review`): word → its readings, · where a reading decides nothing; built on first use. */
let review: { readonly words: ReadonlyMap<string, readonly string[]>; readonly longest: number } | undefined;
function reviewWords(): NonNullable<typeof review> {
  if (review !== undefined) return review;
  const words = new Map(Object.entries(lexicon.review).map(([word, readings]) => [word, readings.split("|")]));
  review = { words, longest: Math.max(...[...words.keys()].map((word) => word.length)) };
  return review;
}

/**
 * A CC-CEDICT word holding `at` on jieba's words (one of them, inside one, or whole ones side by
 * side) that reads the character there only otherwise than `chosen`, with that reading; undefined
 * when none does or another such word reads it as chosen (发卡 the hairpin and the card issue).
 */
export function otherWordAt(
  text: string,
  words: Words,
  at: number,
  chosen: string,
  same: (a: string, b: string) => boolean,
): { word: string; start: number; reading: string } | undefined {
  const { words: known, longest } = reviewWords();
  const from = Math.max(0, at - longest + 1);
  const to = Math.min(text.length, at + longest);
  words.ensure(from, Math.min(text.length - 1, to));
  const [wordStart, wordEnd] = words.span(at);
  let found: { word: string; start: number; reading: string } | undefined;
  for (let start = from; start <= at; start++) {
    for (let end = Math.max(at + 1, start + 2); end <= Math.min(to, start + longest); end++) {
      const readings = known.get(text.slice(start, end));
      if (readings === undefined) continue;
      const inside = wordStart <= start && end <= wordEnd;
      const whole = words.bounds[start] === 1 && words.bounds[end] === 1;
      if (!inside && !whole) continue;
      const forms = readings.map((reading) => reading[at - start] ?? "·").filter((form) => form !== "·");
      if (forms.some((form) => same(form, chosen))) return undefined;
      const word = text.slice(start, end);
      if (forms.length > 0 && (found === undefined || word.length > found.word.length))
        found = { word, start, reading: forms[0] ?? "" };
    }
  }
  return found;
}
