/**
 * Repairs spans garbled by one byte lost from a double-byte (GBK or Big5)
 * stream: the characters after the loss are decoded from shifted byte pairs
 * until an ASCII-range trail byte resynchronises the decoder, e.g.
 * `。“動員` (A1A3 A1B0 84D3 8654) minus its first byte reads `！皠訂T`.
 * The span is encoded back, every candidate byte is re-inserted, and the
 * decoding that reads as clearly more probable text wins.
 */
import { codePage, decodeStrict, encode, type CodePage, type CodePageName } from "./codepage.ts";
import { logProb, HAN } from "./lm.ts";
import { toSimplified } from "./opencc.ts";
import type { Edit } from "./tracked.ts";

export const GARBLE_RULE = "lost-byte-garble";
export const CLOSE_QUOTE_RULE = "lost-closing-quote";

/** Punctuation may have been flattened to half width after the garble happened. */
const FULL_WIDTH: Record<string, string> = {
  "!": "！",
  ",": "，",
  ":": "：",
  ";": "；",
  "?": "？",
  "(": "（",
  ")": "）",
};
const MAX_SPAN = 12;
const CONTEXT = 6;
/** Minimum gain in log-probability (nats) for a repair to be accepted. */
const MIN_GAIN = 12;

type Candidate = { start: number; replacement: string; gain: number; page: CodePageName };

export type Garble = { edit: Edit; page: CodePageName; gain: number; alternative?: string };

const TOP = 4;

/**
 * A garble that runs until a real ASCII character: the decoder could not pair
 * the last shifted byte and left U+FFFD before the ASCII character (`培训Ｈ泄灿�2023`).
 * The missing first byte and the last character's trail byte are both unknown.
 */
function bestRepairAtFffd(text: string, anchor: number): (Candidate & { alternative?: string }) | undefined {
  let best: (Candidate & { alternative?: string }) | undefined;
  let second = -Infinity;
  const right = text.slice(anchor + 1, anchor + 1 + CONTEXT);
  for (let start = anchor - 1; start >= Math.max(0, anchor - MAX_SPAN); start--) {
    const left = text.slice(Math.max(0, start - CONTEXT), start);
    const garbled = text.slice(start, anchor + 1);
    const base = logProb(left + garbled + right);
    const span = text.slice(start, anchor);
    let anyEncodable = false;
    for (const page of [codePage("gbk"), codePage("big5")]) {
      const bytes = spanBytes(page, span);
      if (!bytes) continue;
      anyEncodable = true;
      const middle = decodeStrict(page, bytes.slice(1, -1));
      if (middle === undefined || !isOrdinary(middle)) continue;
      const firsts: { char: string; score: number }[] = [];
      const lasts: { char: string; score: number }[] = [];
      for (let byte = 0x81; byte <= 0xfe; byte++) {
        const first = page.decodePair(byte, bytes[0] ?? 0);
        if (first !== undefined && isOrdinary(first))
          firsts.push({ char: first, score: logProb(left + first + middle) });
      }
      for (let byte = 0x80; byte <= 0xfe; byte++) {
        const last = page.decodePair(bytes.at(-1) ?? 0, byte);
        if (last !== undefined && isOrdinary(last)) lasts.push({ char: last, score: logProb(middle + last + right) });
      }
      const top = (choices: { char: string; score: number }[]) =>
        choices.sort((first, second) => second.score - first.score).slice(0, TOP);
      for (const firstChoice of top(firsts)) {
        for (const lastChoice of top(lasts)) {
          const decoded = firstChoice.char + middle + lastChoice.char;
          const gain = logProb(left + decoded + right) - base - scriptPenalty(decoded, left + right);
          if (!best || gain > best.gain) {
            if (best) second = Math.max(second, best.gain);
            best = { start, replacement: decoded, gain, page: page.name };
          } else second = Math.max(second, gain);
        }
      }
    }
    if (!anyEncodable) break;
  }
  if (best && second > -Infinity) best.alternative = `${(best.gain - second).toFixed(1)}`;
  return best;
}

function isTrailAnchor(text: string, anchor: number): boolean {
  const code = text.charCodeAt(anchor);
  if (code < 0x40 || code > 0x7e) return false;
  const prev = text[anchor - 1];
  const next = text[anchor + 1];
  if (prev === undefined || prev.charCodeAt(0) < 0x80) return false;
  return next === undefined || !/[A-Za-z0-9]/.test(next);
}

function spanBytes(page: CodePage, span: string): number[] | undefined {
  const bytes = encode(page, [...span].map((char) => FULL_WIDTH[char] ?? char).join(""));
  if (!bytes) return undefined;
  // every character of the span must be double-byte: ASCII would have resynchronised
  return bytes.length === [...span].length * 2 ? bytes : undefined;
}

/** Log-probability cost of each Traditional character put into a repair amid Simplified text. */
const SCRIPT_PENALTY = 8;

function scriptPenalty(decoded: string, context: string): number {
  if (toSimplified(context) !== context) return 0;
  return [...decoded].filter((char) => toSimplified(char) !== char).length * SCRIPT_PENALTY;
}

function isOrdinary(text: string): boolean {
  return [...text].every(
    (char) => HAN.test(char) || /[\u3000-\u303f\uff01-\uff5e\u2018-\u201d\u2014\u2026\u00b7]/u.test(char),
  );
}

function bestRepairAt(text: string, anchor: number): Candidate | undefined {
  let best: Candidate | undefined;
  const right = text.slice(anchor + 1, anchor + 1 + CONTEXT);
  for (let start = anchor - 1; start >= Math.max(0, anchor - MAX_SPAN); start--) {
    const left = text.slice(Math.max(0, start - CONTEXT), start);
    const garbled = text.slice(start, anchor + 1);
    const base = logProb(left + garbled + right);
    let anyEncodable = false;
    const span = text.slice(start, anchor);
    // a naive converter may have run over the garbled span after the loss: try its Simplified form too
    const forms = [...new Set([span, toSimplified(span)])];
    for (const [page, form] of [codePage("gbk"), codePage("big5")].flatMap((table) =>
      forms.map((candidate) => [table, candidate] as const),
    )) {
      const bytes = spanBytes(page, form);
      if (!bytes) continue;
      anyEncodable = true;
      const stream = [...bytes, text.charCodeAt(anchor)];
      for (const at of [0, 1]) {
        for (let lost = 0x81; lost <= 0xfe; lost++) {
          const restored = [...stream.slice(0, at), lost, ...stream.slice(at)];
          const decoded = decodeStrict(page, restored);
          if (decoded === undefined || !isOrdinary(decoded)) continue;
          const gain = logProb(left + decoded + right) - base - scriptPenalty(decoded, left + right);
          if (!best || gain > best.gain) best = { start, replacement: decoded, gain, page: page.name };
        }
      }
    }
    if (!anyEncodable) break;
  }
  return best;
}

/** Edits repairing every lost-byte garble found in one paragraph. */
export function findGarbles(text: string): Garble[] {
  const found: Garble[] = [];
  for (let anchor = 1; anchor < text.length; anchor++) {
    if (
      text[anchor] === "\uFFFD" &&
      anchor >= 2 &&
      (anchor + 1 >= text.length || (text.charCodeAt(anchor + 1) < 0x80 && text[anchor + 1] !== "\uFFFD"))
    ) {
      const best = bestRepairAtFffd(text, anchor);
      if (best && best.gain >= MIN_GAIN) {
        const edit = { start: best.start, end: anchor + 1, replacement: best.replacement, rule: GARBLE_RULE };
        found.push({ edit, page: best.page, gain: best.gain });
      }
      continue;
    }
    if (!isTrailAnchor(text, anchor)) continue;
    const best = bestRepairAt(text, anchor);
    if (best && best.gain >= MIN_GAIN) {
      const edit = { start: best.start, end: anchor + 1, replacement: best.replacement, rule: GARBLE_RULE };
      found.push({ edit, page: best.page, gain: best.gain });
    }
  }
  return found;
}

/**
 * A paragraph that ends in `!` right after Chinese text while one of its “ is
 * left open is the remnant of `。”` whose lead byte was lost (A1A3 A1B1 →
 * A3A1 = ！, the orphaned B1 dropped at the line end). A quotation that goes
 * on in the next paragraph (which then opens with “) is left alone.
 */
export function findOpenQuoteEnd(text: string, next: string | undefined): Edit | undefined {
  const match = /\p{Script=Han}([!！])$/u.exec(text);
  if (!match) return undefined;
  const opened = (text.match(/“/g) ?? []).length;
  const closed = (text.match(/”/g) ?? []).length;
  if (opened <= closed || next?.trimStart().startsWith("“")) return undefined;
  return { start: text.length - 1, end: text.length, replacement: "。”", rule: CLOSE_QUOTE_RULE };
}
