/**
 * Editor markup that steers script conversion, after Chinese Wikipedia's `-{…}-`:
 *   -{文字}-                      keep 文字 as written in both scripts
 *   -{zh-hans:干部;zh-hant:幹部}-  explicit text per script (zh-cn/zh-sg/zh-my count as hans,
 *                                 zh-tw/zh-hk/zh-mo as hant)
 */
import type { Script } from "./types.ts";

export type MarkupToken =
  | { readonly kind: "text"; readonly text: string; readonly offset: number }
  | {
      readonly kind: "fixed";
      readonly variants: Readonly<Record<Script, string>>;
      readonly source: string;
      readonly offset: number;
    };

export type MarkupError = { readonly offset: number; readonly message: string };

const OPEN = "-{";
const CLOSE = "}-";
const VARIANT = /^\s*(zh-(?:hans|hant|cn|sg|my|tw|hk|mo))\s*:(.*)$/is;
const SCRIPT_OF_TAG: Record<string, Script> = {
  "zh-hans": "hans",
  "zh-cn": "hans",
  "zh-sg": "hans",
  "zh-my": "hans",
  "zh-hant": "hant",
  "zh-tw": "hant",
  "zh-hk": "hant",
  "zh-mo": "hant",
};

export function hasMarkup(text: string): boolean {
  return text.includes(OPEN);
}

/** Splits text into plain runs and fixed (non-converted) runs. */
export function tokenizeMarkup(text: string): { tokens: MarkupToken[]; errors: MarkupError[] } {
  const tokens: MarkupToken[] = [];
  const errors: MarkupError[] = [];
  let position = 0;
  while (position < text.length) {
    const open = text.indexOf(OPEN, position);
    if (open === -1) break;
    const close = text.indexOf(CLOSE, open + OPEN.length);
    if (close === -1) {
      errors.push({
        offset: open,
        message: "Unclosed conversion markup `-{`: close it with `}-`, or write `-{-{}-` for a literal `-{`.",
      });
      break;
    }
    if (open > position) tokens.push({ kind: "text", text: text.slice(position, open), offset: position });
    const body = text.slice(open + OPEN.length, close);
    const parsed = parseBody(body);
    if ("message" in parsed) errors.push({ offset: open, message: parsed.message });
    else tokens.push({ kind: "fixed", variants: parsed, source: text.slice(open, close + CLOSE.length), offset: open });
    position = close + CLOSE.length;
  }
  if (position < text.length) tokens.push({ kind: "text", text: text.slice(position), offset: position });
  return { tokens, errors };
}

function parseBody(body: string): Record<Script, string> | { message: string } {
  const parts = body.split(";").filter((part) => part.trim() !== "");
  const first = parts[0];
  if (first === undefined || !VARIANT.test(first)) return { hans: body, hant: body };
  const variants: Partial<Record<Script, string>> = {};
  for (const part of parts) {
    const match = VARIANT.exec(part);
    const tag = match?.[1]?.toLowerCase();
    const script = tag === undefined ? undefined : SCRIPT_OF_TAG[tag];
    if (match === undefined || match === null || script === undefined) {
      return { message: `Conversion markup part "${part}" is not "zh-hans:…" or "zh-hant:…".` };
    }
    variants[script] = (match[2] ?? "").trim();
  }
  if (variants.hans === undefined || variants.hant === undefined) {
    return { message: "Conversion markup with variants needs both zh-hans:… and zh-hant:…." };
  }
  return { hans: variants.hans, hant: variants.hant };
}
