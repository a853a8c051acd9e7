/**
 * The review list's risk table from conversion pairs (see calibrate.ts): the engine is run without
 * its context rules and person names, Simplified → Taiwan and Taiwan → Simplified, and for each
 * one-to-many character it counts how often a single-character default (alone or inside a word)
 * and a reading in a word of a given part of speech was wrong.
 */
import { convertBare } from "../../../src/lib/script/converter.ts";
import { normalise, type Decision } from "../../../src/lib/script/engine.ts";
import { wordBoundaries } from "../../../src/lib/script/segment.ts";
import { AMBIGUOUS_HANS, AMBIGUOUS_HANT, ONE_TO_MANY } from "../../../src/lib/script/ambiguous.ts";
import {
  PHRASE_EVIDENCE,
  phraseKey,
  readingKey,
  unnamedSurname,
  type Calibration,
} from "../../../src/lib/script/review.ts";
import type { EditionStyle, TextLanguage } from "../../../src/lib/script/types.ts";
import { hansEdition, hantEdition, SIMPLIFIED, taiwan } from "./support.ts";
import type { Pair } from "./pairs.ts";

type Counts = {
  /** char → [wrong alone, alone, wrong inside, inside] */
  readonly defaults: Map<string, [number, number, number, number]>;
  /** `char reading tag` → [wrong, seen] */
  readonly readings: Map<string, [number, number]>;
  /** phraseKey → [wrong, seen]: a one-to-many character read by a dictionary phrase. */
  readonly phrases: Map<string, [number, number]>;
  /** char → [wrong, seen]: a surname character's single-character default where no name may stand. */
  readonly unnamed: Map<string, [number, number]>;
};

/**
 * Forms a Taiwan or Hong Kong writer chooses where Simplified → Traditional writes another of the
 * same meaning (牠 for an animal's 它, 臺, 祇, 佈): in a Traditional-source pair they are the
 * writer's house style, not a wrong decision.
 */
const HOUSE_STYLE = new Set(["牠", "臺", "台", "祇", "妳", "佈", "裏", "裡", "麪", "麵", "着", "著"]);

/** Counts the decisions of converting `source` (from `from` into `to`) against `expected`. */
function count(
  counts: Counts,
  source: string,
  expected: string,
  from: TextLanguage,
  to: EditionStyle,
  houseStyle = false,
): void {
  const candidates = { ...ONE_TO_MANY[from.script], ...(from.script === "hans" ? AMBIGUOUS_HANS : AMBIGUOUS_HANT) };
  const text = normalise(source);
  const words = wordBoundaries(text, from.script);
  const decisions: Decision[] = [];
  const out = convertBare(text, from, to, decisions);
  if (out.length !== expected.length) return;
  /** A difference from the writer that is their house style, neither right nor wrong. */
  const houseStyleAt = (at: number) => houseStyle && out[at] !== expected[at] && HOUSE_STYLE.has(expected[at] ?? "");
  for (const decision of decisions) {
    for (let at = decision.start; at < decision.end; at++) {
      const char = text[at] ?? "";
      if (candidates[char] === undefined) continue;
      if (houseStyleAt(at)) continue;
      words.ensure(at, at);
      const key = readingKey(char, out[at] ?? "", words.taggedWord(at, false)?.tag ?? "");
      const reading = counts.readings.get(key) ?? [0, 0];
      if (out[at] !== expected[at]) reading[0]++;
      reading[1]++;
      counts.readings.set(key, reading);
      if (decision.kind !== "phrase") continue;
      const phrase = phraseKey(decision.source, at - decision.start, out[at] ?? "");
      const tally = counts.phrases.get(phrase) ?? [0, 0];
      if (out[at] !== expected[at]) tally[0]++;
      tally[1]++;
      counts.phrases.set(phrase, tally);
    }
    if (decision.kind !== "char" || decision.end - decision.start !== 1) continue;
    const at = decision.start;
    const char = text[at] ?? "";
    if (candidates[char] === undefined) continue;
    if (houseStyleAt(at)) continue;
    const alone = words.bounds[at] === 1 && words.bounds[at + 1] === 1;
    const wrong = out[at] !== expected[at] ? 1 : 0;
    const tally = counts.defaults.get(char) ?? [0, 0, 0, 0];
    tally[alone ? 0 : 2] += wrong;
    tally[alone ? 1 : 3]++;
    counts.defaults.set(char, tally);
    if (from.script === "hans" && unnamedSurname(text, words, at, out[at] ?? "")) {
      const unnamed = counts.unnamed.get(char) ?? [0, 0];
      unnamed[0] += wrong;
      unnamed[1]++;
      counts.unnamed.set(char, unnamed);
    }
  }
}

/** The risk table of `pairs` (each Simplified text counted once). */
export function calibrationOf(pairs: readonly Pair[]): Calibration {
  const counts: Counts = { defaults: new Map(), readings: new Map(), phrases: new Map(), unnamed: new Map() };
  const seen = new Set<string>();
  for (const pair of pairs) {
    if (seen.has(pair.hans)) continue;
    seen.add(pair.hans);
    count(counts, pair.hans, pair.tw, SIMPLIFIED, hantEdition("tw"), pair.fromTraditional === true);
    count(counts, pair.tw, pair.hans, taiwan("tw"), hansEdition);
  }
  return {
    defaults: Object.fromEntries([...counts.defaults].sort((a, b) => a[0].localeCompare(b[0], "zh"))),
    readings: Object.fromEntries(
      [...counts.readings].filter(([, [wrong]]) => wrong > 0).sort((a, b) => a[0].localeCompare(b[0], "zh")),
    ),
    phrases: Object.fromEntries(
      [...counts.phrases]
        .filter(([, [wrong, seen]]) => wrong > 0 || seen >= PHRASE_EVIDENCE)
        .sort((a, b) => a[0].localeCompare(b[0], "zh")),
    ),
    unnamed: Object.fromEntries([...counts.unnamed].sort((a, b) => a[0].localeCompare(b[0], "zh"))),
  };
}
