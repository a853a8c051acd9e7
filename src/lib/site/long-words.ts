/**
 * Long Latin words and addresses written as plain text in an article's HTML, wrapped in
 * `<span class="np-url">` so that the page breaks them anywhere instead of stretching the
 * justified line before them. Done on the page, after script conversion: splitting text nodes
 * earlier would change what the converter sees.
 */
import { HTML_TAG } from "./html-tags.ts";

// Letters other than Han: a run of Chinese is never matched (nor scanned as a candidate), and an
// address written right after Chinese text (`访问https://…`) is found on its own.
const LONG_WORD = /[[\p{L}--\p{Script=Han}]\p{N}_\-.\/:%?=\x26#~+@]{24,}/gv;
const TAG_OR_TEXT = new RegExp(`(${HTML_TAG})|([^<]+)`, "g");
const SKIP_OPEN = /^<(a|code|pre|script|style)[\s>]/i;
const SKIP_CLOSE = /^<\/(a|code|pre|script|style)\s*>/i;

export function breakLongWords(html: string): string {
  let inside = 0;
  return html.replace(TAG_OR_TEXT, (_, tag: string | undefined, text: string | undefined) => {
    if (tag !== undefined) {
      if (SKIP_OPEN.test(tag)) inside++;
      else if (SKIP_CLOSE.test(tag)) inside = Math.max(0, inside - 1);
      return tag;
    }
    const plain = text ?? "";
    if (inside > 0) return plain;
    return plain.replace(LONG_WORD, (word) => `<span class="np-url">${word}</span>`);
  });
}
