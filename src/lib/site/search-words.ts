/**
 * Word segmentation for search, the same at build time (Node) and in the browser: both use ICU's
 * dictionary-based Chinese word breaker through `Intl.Segmenter`, so the words of a query are cut
 * like the words of the indexed text. Pagefind then only splits on spaces, which is far cheaper
 * than its own segmentation (see search-index.ts).
 */
const segmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter("zh-Hans", { granularity: "word" }) : null;

/** The words of a text in order, punctuation and spaces left out. Without `Intl.Segmenter`, the text as it is. */
export function searchWords(text: string): string[] {
  if (segmenter === null) return text.split(/\s+/).filter(Boolean);
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) words.push(segment);
  return words;
}

/** Each word once, in order of first appearance: what an article's search record holds. */
export function distinctWords(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) for (const word of searchWords(text)) seen.add(word);
  return [...seen];
}
