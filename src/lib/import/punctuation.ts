/**
 * Restores full-width punctuation flattened to half width inside Chinese text.
 * A mark becomes full width when it touches Chinese text; a pair of
 * parentheses when it encloses Chinese text. Numbers (`1,000`, `10:30`),
 * Latin text, URLs and e-mail addresses are left alone.
 */
import type { Edit } from "./tracked.ts";

export const PUNCTUATION_RULE = "full-width-punctuation";

const FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）" };
const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/u;
const PROTECTED = /(?:https?:\/\/|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

function protectedOffsets(text: string): Set<number> {
  const offsets = new Set<number>();
  for (const match of text.matchAll(PROTECTED)) {
    for (let i = 0; i < match[0].length; i++) offsets.add((match.index ?? 0) + i);
  }
  return offsets;
}

export function findHalfWidthPunctuation(text: string): Edit[] {
  const skip = protectedOffsets(text);
  const edits: Edit[] = [];
  const open: number[] = [];
  const pairs = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    if (skip.has(i)) continue;
    if (text[i] === "(") open.push(i);
    else if (text[i] === ")" && open.length > 0) pairs.set(open.pop() ?? 0, i);
  }
  const paired = new Set([...pairs].flat());
  const convert = (i: number): void => {
    const char = text[i] ?? "";
    edits.push({ start: i, end: i + 1, replacement: FULL[char] ?? char, rule: PUNCTUATION_RULE });
  };
  for (const [from, to] of pairs) {
    if ([...text.slice(from + 1, to)].some(isCjk)) {
      convert(from);
      convert(to);
    }
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (!(char in FULL) || skip.has(i) || paired.has(i)) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (/[0-9]/.test(prev ?? "") && /[0-9]/.test(next ?? "")) continue;
    if (isCjk(prev) || isCjk(next)) convert(i);
  }
  return edits.sort((first, second) => first.start - second.start);
}
