/**
 * A unigram word model of Simplified Chinese (jieba's dictionary of word
 * frequencies), used to tell ordinary text from garbled text: the
 * log-probability of the best segmentation of a string.
 */
import { dict } from "@node-rs/jieba/dict.js";
import { toSimplified } from "./opencc.ts";

type Model = { readonly logProb: Map<string, number>; readonly unknownHan: number; readonly maxWord: number };

let model: Model | undefined;

function load(): Model {
  if (model) return model;
  const counts = new Map<string, number>();
  let total = 0;
  const maxWord = 6;
  for (const line of new TextDecoder().decode(dict).split("\n")) {
    const [word, freq] = line.split(" ");
    const count = Number(freq);
    if (!word || !Number.isFinite(count) || count <= 0) continue;
    total += count;
    if ([...word].length <= maxWord) counts.set(word, (counts.get(word) ?? 0) + count);
  }
  const logProb = new Map<string, number>();
  for (const [word, count] of counts) logProb.set(word, Math.log(count / total));
  model = { logProb, unknownHan: Math.log(0.5 / total) - 2, maxWord };
  return model;
}

export const HAN = /\p{Script=Han}/u;
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2014\u2026\u2018\u2019\u201c\u201d\u00b7]/u;

/** Cost of a single non-dictionary character. */
function charLogProb(char: string, wordModel: Model): number {
  if (HAN.test(char)) return wordModel.unknownHan;
  if (CJK_PUNCT.test(char)) return -5;
  if (/[0-9]/.test(char)) return -6;
  if (/\s/.test(char)) return -4;
  if (/[A-Za-z]/.test(char)) return -9;
  if (/[\x21-\x7e]/.test(char)) return -9;
  return -16;
}

/** Log-probability of the best segmentation of `text` (converted to Simplified first). */
export function logProb(text: string): number {
  const wordModel = load();
  const chars = [...toSimplified(text)];
  const best = new Array<number>(chars.length + 1).fill(-Infinity);
  best[0] = 0;
  for (let i = 0; i < chars.length; i++) {
    const here = best[i] ?? -Infinity;
    if (here === -Infinity) continue;
    const single = wordModel.logProb.get(chars[i] ?? "") ?? charLogProb(chars[i] ?? "", wordModel);
    best[i + 1] = Math.max(best[i + 1] ?? -Infinity, here + single);
    let word = chars[i] ?? "";
    for (let j = i + 1; j < Math.min(chars.length, i + wordModel.maxWord); j++) {
      word += chars[j];
      const lp = wordModel.logProb.get(word);
      if (lp !== undefined) best[j + 1] = Math.max(best[j + 1] ?? -Infinity, here + lp);
    }
  }
  return best[chars.length] ?? -Infinity;
}

/** True when the dictionary knows `word` (Simplified). */
export function isWord(word: string): boolean {
  return load().logProb.has(word);
}
