/**
 * Prose the main-content extraction left out. Readability keeps one block of the page; a paragraph
 * of the article standing outside it (after a lead photo box, in a second column) would be lost
 * without a word. Prose blocks of the page between the headline and the end of the extracted text
 * that the extracted lines do not hold are handed back, to be listed and checked by the editor.
 */
import { oneLine } from "./dom-text.ts";
import { namedChromeOf, type ChromeFinding } from "./chrome.ts";

const collapse = (text: string): string => text.replace(/[\s\u00a0\u3000]+/gu, "");
/** Prose: a sentence of some length with its punctuation. */
const PROSE = /[，。！？；]/u;
/** At most this many blocks are checked (a page is no longer than that between headline and text end). */
const MAX_CHECKED = 300;

export type ProseBlock = { text: string; at: number };

/** The page's prose blocks (no block inside), with their document order, read before the extraction. */
export function proseBlocks(
  document: Document,
  order: WeakMap<Element, number>,
  namedChrome: ReadonlyMap<string, ChromeFinding>,
): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  for (const element of document.querySelectorAll("p, li, blockquote, dd")) {
    if (element.querySelector("p, div, li") || element.closest("nav, aside, footer, form, [role=navigation]")) continue;
    const text = oneLine(element.textContent ?? "");
    if (collapse(text).length < 30 || !PROSE.test(text) || namedChromeOf(text, namedChrome)) continue;
    blocks.push({ text, at: order.get(element) ?? -1 });
  }
  return blocks;
}

/** The prose blocks between `from` and `to` (document order) that no extracted line holds. */
export function leftOutProse(
  blocks: readonly ProseBlock[],
  lines: readonly string[],
  from: number,
  to: number,
): string[] {
  const inRange = blocks.filter((block) => block.at > from && block.at < to).slice(0, MAX_CHECKED);
  if (inRange.length === 0) return [];
  const extracted = collapse(lines.join(""));
  return inRange.filter((block) => !extracted.includes(collapse(block.text))).map((block) => block.text);
}
