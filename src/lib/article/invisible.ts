/**
 * Invisible format characters in metadata (front matter values: titles, tags, authors, sections,
 * sources, captions, credits…). They show nothing, yet make two names that look alike differ (two
 * tag pages, two author pages) or, for bidirectional controls, reorder what readers see:
 *
 * - Direction overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069) are errors: text
 *   with a right-to-left override reads differently from what was written, and only the editor
 *   can tell what was meant.
 * - Direction marks (U+200E, U+200F, U+061C), zero-width spaces and joiners, word joiners, soft
 *   hyphens, line and paragraph separators (U+2028, U+2029), a byte order mark inside text, invisible operators, Hangul fillers and stray tag
 *   characters are removed with a warning: removing them changes no visible character.
 * - Kept where they do their job: a zero-width joiner inside an emoji sequence (👩‍💻) or between
 *   letters of a script that joins (Arabic, Indic, Mongolian…), a zero-width non-joiner in such
 *   scripts, tag characters inside an emoji flag (🏴 + tags + U+E007F), variation selectors.
 */
import type { VFile } from "vfile";
import { report } from "./messages.ts";

export const BIDI_CONTROL_RULE = "bidi-control";
export const INVISIBLE_CHARACTER_RULE = "invisible-character";

const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** Every candidate, checked one by one: direction controls and marks, invisible formats and fillers. */
/* eslint-disable no-misleading-character-class -- lone joiners and combining marks are what these find */
const CANDIDATE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2028\u2029\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{1D173}-\u{1D17A}\u{E0001}\u{E0020}-\u{E007F}]/gu;
const QUICK =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2028\u2029\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{1D173}-\u{1D17A}\u{E0001}\u{E0020}-\u{E007F}]/u;
/** Scripts whose letters join or take conjuncts, where ZWJ and ZWNJ choose the letter forms. */
const JOINING_LETTER =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Tibetan}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Thaana}\p{Script=Hebrew}]/u;
/** The last piece of an emoji before a joiner: a pictograph, a skin tone, VS16 or a keycap mark. */
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u20E3]$/u;
/* eslint-enable no-misleading-character-class */
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
/** An emoji tag sequence (subdivision flags): black flag, tag letters, cancel tag. */
const TAG_SEQUENCE = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;

const NAMES: Readonly<Record<number, string>> = {
  0x00ad: "soft hyphen",
  0x061c: "Arabic letter mark",
  0x180e: "Mongolian vowel separator",
  0x200b: "zero-width space",
  0x200c: "zero-width non-joiner",
  0x200d: "zero-width joiner",
  0x200e: "left-to-right mark",
  0x200f: "right-to-left mark",
  0x202a: "left-to-right embedding",
  0x202b: "right-to-left embedding",
  0x202c: "pop directional formatting",
  0x202d: "left-to-right override",
  0x202e: "right-to-left override",
  0x2028: "line separator",
  0x2029: "paragraph separator",
  0x2060: "word joiner",
  0x2066: "left-to-right isolate",
  0x2067: "right-to-left isolate",
  0x2068: "first strong isolate",
  0x2069: "pop directional isolate",
  0x3164: "Hangul filler",
  0xfeff: "zero-width no-break space (byte order mark)",
};

export function describeInvisible(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const name = NAMES[code] ?? (code >= 0xe0000 ? "tag character" : "invisible format character");
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")} (${name})`;
}

/** Whether the character at `index` of `value` does a job there (see the module comment). */
function isWanted(value: string, index: number, character: string, flags: readonly [number, number][]): boolean {
  const code = character.codePointAt(0) ?? 0;
  if (code >= 0xe0020 && code <= 0xe007f) return flags.some(([start, end]) => index >= start && index < end);
  if (code !== 0x200d && code !== 0x200c) return false;
  const before = value.slice(Math.max(0, index - 2), index);
  const after = value.slice(index + 1, index + 3);
  const joins = JOINING_LETTER.test(before.slice(-1)) || /\p{M}$/u.test(before);
  if (joins && JOINING_LETTER.test([...after][0] ?? "")) return true;
  return code === 0x200d && EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(after);
}

/**
 * Reports invisible format characters in a metadata value (`placeOf` gives the file offset of an
 * index; `where` prefixes the message with the field) and returns the value without the ones
 * removed. Bidirectional controls are errors: the value is returned without them too, so that no
 * later check trips on them, but the article is not published.
 */
export function cleanInvisible(
  file: VFile,
  value: string,
  placeOf: (index: number) => number | undefined,
  where = "",
): string {
  if (!QUICK.test(value)) return value;
  const flags = [...value.matchAll(TAG_SEQUENCE)].map((match): [number, number] => [
    match.index,
    match.index + match[0].length,
  ]);
  let kept = "";
  let last = 0;
  for (const match of value.matchAll(CANDIDATE)) {
    const character = match[0];
    if (isWanted(value, match.index, character, flags)) continue;
    kept += value.slice(last, match.index);
    last = match.index + character.length;
    const place = placeOf(match.index);
    if (BIDI_CONTROL.test(character)) {
      report(
        file,
        `${where}Invisible direction control ${describeInvisible(character)} reorders how the text is shown, so readers would see something other than what is written: delete it (select the spot in your editor, or retype the text around it).`,
        place,
        BIDI_CONTROL_RULE,
      );
    } else {
      report(
        file,
        `${where}Invisible character ${describeInvisible(character)} is removed (it shows nothing, but would make names and words that look alike differ): nothing to do, or delete it from the file to silence this warning.`,
        place,
        INVISIBLE_CHARACTER_RULE,
        "warning",
      );
    }
  }
  return kept + value.slice(last);
}
