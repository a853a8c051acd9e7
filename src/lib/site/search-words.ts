/**
 * Word segmentation for search, the same at build time (Node) and in the browser: both use ICU's
 * dictionary-based Chinese word breaker through `Intl.Segmenter`. The index holds each word, every
 * pair of neighbouring Chinese characters (so that a word ICU cut otherwise in the article is found:
 * 待在家里 is one ICU word, 家里 a pair in it), and the tokens of regional synonyms
 * (search-synonyms.ts). A query term is looked up by its pairs, cut the same way. Pagefind then only splits on spaces (see search-index.ts).
 */
import { synonymsOf, synonymTokens } from "./search-synonyms.ts";

const segmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter("zh-Hans", { granularity: "word" }) : null;
const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /\p{Script=Han}{2,}/gu;

/** The words of a text in order, punctuation and spaces left out. Without `Intl.Segmenter`, the text as it is. */
export function searchWords(text: string): string[] {
  if (segmenter === null) return text.split(/\s+/).filter(Boolean);
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) words.push(segment);
  return words;
}

/** Each pair of neighbouring Han characters in `text`. */
function pairs(text: string): string[] {
  const found: string[] = [];
  for (const [run] of text.matchAll(HAN_RUNS)) {
    const characters = [...run];
    for (let index = 0; index + 1 < characters.length; index++) found.push(characters[index]! + characters[index + 1]!);
  }
  return found;
}

/**
 * The character pairs of a text cut into segments, the same for the index and for a query: the
 * pairs inside each Chinese word (家里 in 待在家里), and the pair across a boundary where a
 * character stands alone (的士 in 过|海|的|士). A pair across two longer words (后台 in 过后|台风)
 * is left out: it is seldom a word, and would nearly double the index.
 */
function segmentPairs(segments: readonly { segment: string; isWordLike?: boolean | undefined }[]): string[] {
  const found: string[] = [];
  let previous: string | undefined;
  for (const { segment } of segments) {
    const han = HAN.test(segment) && /^\p{Script=Han}+$/u.test(segment);
    if (!han) {
      previous = undefined;
      continue;
    }
    found.push(...pairs(segment));
    if (previous !== undefined && ([...previous].length === 1 || [...segment].length === 1)) {
      found.push([...previous].at(-1)! + [...segment][0]!);
    }
    previous = segment;
  }
  return found;
}

/** Each word once, in order of first appearance. */
export function distinctWords(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) for (const word of searchWords(text)) seen.add(word);
  return [...seen];
}

/** What an article's search record holds, each once: words, character pairs and synonym tokens of folded text. */
export function indexTerms(folded: string): string[] {
  const seen = new Set<string>();
  const boundaries = new Set<number>();
  if (segmenter === null) {
    for (const word of folded.split(/\s+/)) if (word !== "") seen.add(word.toLowerCase());
    for (const pair of pairs(folded)) seen.add(pair);
  } else {
    const segments = [...segmenter.segment(folded)];
    for (const { segment, index, isWordLike } of segments) {
      boundaries.add(index);
      boundaries.add(index + segment.length);
      if (isWordLike) seen.add(segment.toLowerCase());
    }
    for (const pair of segmentPairs(segments)) seen.add(pair);
  }
  for (const token of synonymTokens(folded, boundaries)) seen.add(token);
  return [...seen];
}

/** One term of a query as the reader typed it (folded), with what to look up and what to mark. */
export type QueryTerm = {
  /** Index terms that must all be found. */
  readonly lookup: readonly string[];
  /** Forms to mark in titles and excerpts (folded): the term itself, or every form of its synonym group. */
  readonly marks: readonly string[];
};

/**
 * The terms of a folded query. Each space-separated part is one term: a regional word stands for
 * its group's token, Chinese of two or more characters for its character pairs, anything else for
 * its words. Marks are whole terms, never single characters cut out of them.
 */
export function queryTerms(foldedQuery: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const part of foldedQuery.split(/\s+/)) {
    if (part === "") continue;
    const group = synonymsOf(part);
    if (group !== undefined) {
      terms.push({ lookup: [group[0]!], marks: group });
      continue;
    }
    const words = searchWords(part).map((word) => word.toLowerCase());
    const hanPairs = segmenter === null ? pairs(part) : segmentPairs([...segmenter.segment(part)]);
    // Chinese is looked up by its pairs (的士 is 的|士 to the segmenter, 家里 part of 待在家里);
    // a lone character, and words in other scripts, as they are.
    const lookup = new Set(hanPairs);
    for (const word of words) if (hanPairs.length === 0 || !HAN.test(word)) lookup.add(word);
    if (lookup.size === 0) continue;
    terms.push({ lookup: [...lookup], marks: HAN.test(part) ? [part.toLowerCase()] : words });
  }
  return terms;
}
