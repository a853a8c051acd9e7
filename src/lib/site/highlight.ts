/**
 * Where the words of a search occur in a result's text, in the text's own script: the text is
 * folded as the index was (Traditional → Simplified) and, where folding keeps its length (almost
 * always: conversion is mostly character for character), the folded matches mark the original.
 */

/** Runs between punctuation and spaces: folded one by one, so that a run whose length folding changes leaves the rest aligned. */
const RUNS = /[^\s\p{P}]+|[\s\p{P}]+/gu;

/** `text` folded, offset for offset: a run that folding lengthens or shortens stays as written. */
export function foldAligned(text: string, fold: (text: string) => string): string {
  const whole = fold(text);
  if (whole.length === text.length) return whole;
  let aligned = "";
  for (const [run] of text.matchAll(RUNS)) {
    const folded = fold(run);
    aligned += folded.length === run.length ? folded : run;
  }
  return aligned;
}

/** Sorted, non-overlapping [start, end) ranges of `words` in `text`. */
export function highlightRanges(
  text: string,
  words: readonly string[],
  fold: (text: string) => string,
): [number, number][] {
  const haystack = foldAligned(text, fold).toLowerCase();
  const ranges: [number, number][] = [];
  for (const word of words) {
    const needle = word.toLowerCase();
    if (needle === "") continue;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Characters of an excerpt shown before the first match, and in all. */
const EXCERPT_BEFORE = 30;
const EXCERPT_LENGTH = 110;

/**
 * The part of `text` around the first match of `words`, with its matches: what a search result
 * shows. Undefined when nothing matches (the result then shows its summary).
 */
export function excerpt(
  text: string,
  words: readonly string[],
  fold: (text: string) => string,
): { text: string; ranges: [number, number][] } | undefined {
  const first = highlightRanges(text, words, fold)[0];
  if (first === undefined) return undefined;
  const start = Math.max(0, first[0] - EXCERPT_BEFORE);
  const end = Math.min(text.length, start + EXCERPT_LENGTH);
  const window = `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
  return { text: window, ranges: highlightRanges(window, words, fold) };
}
