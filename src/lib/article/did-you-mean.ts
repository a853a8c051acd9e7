import { closest, distance } from "fastest-levenshtein";

/** Closest candidate, when it is close enough to be a likely typo. */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, [...candidates]);
  return distance(word.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(word.length / 3))
    ? best
    : undefined;
}
