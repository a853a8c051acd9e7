/**
 * Removes pinyin annotations inserted after Han characters, e.g. `網(wǎng)站`.
 * A parenthesis is an annotation only when it directly follows Han characters
 * and each of its tokens is a reading of the matching preceding character.
 */
import { pinyin } from "pinyin-pro";
import type { Edit } from "./tracked.ts";

export const PINYIN_RULE = "pinyin-annotation";

const ANNOTATION = /(\p{Script=Han}+)[(（]([a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜêńňǹḿ' ]+)[)）]/gu;

/** Lowercase, toneless, `ü` spelt `v`. */
export function plainSyllable(syllable: string): string {
  return syllable
    .normalize("NFD")
    .replace(/\u0308/g, "v") // ü → uv
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/uv/g, "v")
    .toLowerCase();
}

function readings(char: string): Set<string> {
  const all = pinyin(char, { multiple: true, type: "array", toneType: "none", v: true });
  return new Set(all.map(plainSyllable));
}

/** True when `tokens` read the last characters of `han`, one syllable each. */
export function readsAs(han: string, tokens: readonly string[]): boolean {
  const chars = [...han];
  if (tokens.length === 0 || tokens.length > chars.length) return false;
  const tail = chars.slice(chars.length - tokens.length);
  return tokens.every((token, i) => readings(tail[i] ?? "").has(plainSyllable(token)));
}

export function findPinyinAnnotations(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const match of text.matchAll(ANNOTATION)) {
    const [whole, han = "", content = ""] = match;
    const tokens = content
      .trim()
      .split(/[\s']+/)
      .filter(Boolean);
    if (!readsAs(han, tokens)) continue;
    // the annotated characters are part of the edit so that the report reads `網(wǎng) → 網`
    const kept = [...han].slice(-tokens.length).join("");
    const start = (match.index ?? 0) + han.length - kept.length;
    edits.push({ start, end: (match.index ?? 0) + whole.length, replacement: kept, rule: PINYIN_RULE });
  }
  return edits;
}
