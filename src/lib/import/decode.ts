/**
 * Decodes input bytes: UTF-8 (with or without BOM) when valid, otherwise
 * GB18030/GBK or Big5, whichever reads as more probable Chinese.
 */
import { labelToName, TextDecoder as WhatwgDecoder } from "@exodus/bytes/encoding.js";
import type { RuleMeta } from "../article/rules/define.ts";
import type { RuleId } from "../article/rules/registry.ts";
import { logProb } from "./lm.ts";

export type Encoding = "utf-8" | "gb18030" | "big5";
export type Decoded = { text: string; encoding: Encoding };

const SAMPLE = 2000;

function readability(text: string): number {
  const sample = text.slice(0, SAMPLE);
  const replacements = (sample.match(/\uFFFD/g) ?? []).length;
  return (logProb(sample) - replacements * 50) / Math.max(1, sample.length);
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    const candidates = (["gb18030", "big5"] as const).map((encoding) => {
      // the WHATWG Encoding Standard's decoders, as browsers read (Node's big5 gives FE D3 a private-use code point)
      const text = new WhatwgDecoder(encoding).decode(bytes);
      return { text, encoding, score: readability(textSample(text)) };
    });
    const [first, second] = candidates;
    const best = first && second && second.score > first.score ? second : first;
    return { text: best?.text ?? "", encoding: best?.encoding ?? "gb18030" };
  }
}

// eslint-disable-next-line no-control-regex -- detecting control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;
/** Average log-probability per character below which text does not read as Chinese (seed ≈ -7, noise ≈ -15). */
const UNREADABLE = -11;

/** A reason to refuse input, with the place it names (1-based). */
export type Refusal = { reason: string; ruleId: RuleId; line: number; column: number };

/** Line and column (1-based, in characters) of an offset in text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
  return { line: (before.match(/\r\n|\r|\n/gu) ?? []).length + 1, column: [...before.slice(lineStart)].length + 1 };
}

const NAMED_CONTROLS: Readonly<Record<string, string>> = { "\u0000": "a NUL byte" };

/** Why decoded input is not a text article (binary data, noise), or undefined when it reads as text. */
export function unreadableReason(text: string): Refusal | undefined {
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u.exec(text); // eslint-disable-line no-control-regex -- the point
  if (control) {
    const count = (text.slice(0, SAMPLE * 50).match(CONTROL) ?? []).length;
    const name =
      NAMED_CONTROLS[control[0]] ??
      `control character U+${control[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`;
    return {
      reason: `not a text file: ${name} here (${count} control character(s) in all); a text article holds none: save the article's text again as plain text`,
      ruleId: "import-binary",
      ...positionOf(text, control.index),
    };
  }
  const sample = text.slice(0, SAMPLE);
  if (/\p{Script=Han}/u.test(sample) && readability(sample) < UNREADABLE) {
    return {
      reason: "the text does not read as Chinese in UTF-8, GB18030 or Big5 (binary or corrupted data?)",
      ruleId: "import-unreadable-text",
      line: 1,
      column: 1,
    };
  }
  return undefined;
}

/** A saved page's text, the encoding it was read in, and a note when the page's declaration was wrong. */
export const PAGE_CHARSET: RuleMeta = {
  id: "page-charset",
  doc: "Reads a saved page in the encoding its bytes prove, pointing out a charset declaration that disagrees.",
  emits: ["import-charset-conflict"],
};

export type DecodedPage = { text: string; encoding: string; conflict?: string };

/** The charset a page declares in its first 1,024 bytes (as the WHATWG prescan looks), by its standard name. */
function declaredCharset(bytes: Uint8Array): { label: string; name: string | null } | undefined {
  const head = new WhatwgDecoder("windows-1252").decode(bytes.subarray(0, 1024));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/iu.exec(head)?.[1];
  if (label === undefined) return undefined;
  const name = labelToName(label);
  // the prescan reads a UTF-16 declaration as UTF-8, and x-user-defined as windows-1252
  if (name === "UTF-16LE" || name === "UTF-16BE") return { label, name: "UTF-8" };
  return { label, name: name === "x-user-defined" ? "windows-1252" : name };
}

function validUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new WhatwgDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The page's text outside markup: what decides how well a decoding reads (the markup is ASCII in all). */
function textSample(text: string): string {
  // eslint-disable-next-line no-control-regex -- ASCII runs (markup) left out
  return text.replace(/[\u0000-\u007f]+/gu, " ").slice(0, SAMPLE);
}

/** How well a page's text reads in an encoding: log-probability per character, replacements cost. */
function pageReadability(text: string): number {
  return readability(textSample(text));
}

/** Chinese double-byte encodings a declaration may get wrong (a GB page declared Big5, and back). */
const CHINESE = ["gb18030", "big5"] as const;
/** How much better (per character) another decoding must read for the bytes to overrule the declaration. */
const OVERRULE = 2;

/** The declared encoding's reading, or a Chinese one that reads clearly better (the bytes overrule it). */
function overruled(bytes: Uint8Array, declared: { label: string; name: string }): DecodedPage {
  const text = new WhatwgDecoder(declared.name).decode(bytes);
  const sample = textSample(text);
  if (sample.trim() === "") return { text, encoding: declared.name };
  const own = pageReadability(text);
  const best = CHINESE.filter((encoding) => labelToName(encoding) !== labelToName(declared.name))
    .map((encoding) => {
      const other = new WhatwgDecoder(encoding).decode(bytes);
      return { text: other, encoding, score: pageReadability(other) };
    })
    .sort((first, second) => second.score - first.score)[0];
  if (best === undefined || best.score < own + OVERRULE || !/\p{Script=Han}/u.test(textSample(best.text)))
    return { text, encoding: declared.name };
  return {
    text: best.text,
    encoding: best.encoding,
    conflict: `the page declares charset ${declared.label}, but its bytes read as ${best.encoding}: read as ${best.encoding}`,
  };
}

/**
 * Decodes a saved page as browsers do (the WHATWG Encoding Standard): a BOM, else the charset the
 * page declares. When the declaration contradicts the bytes (declared big5 but valid UTF-8 with
 * Chinese; declared UTF-8 but invalid; declared GBK but the text reads only as Big5; a Western
 * code page over Chinese bytes), the bytes win and the conflict is named.
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new WhatwgDecoder("utf-8").decode(bytes), encoding: "utf-8" };
  for (const [first, second, encoding] of [
    [0xff, 0xfe, "utf-16le"],
    [0xfe, 0xff, "utf-16be"],
  ] as const)
    if (bytes[0] === first && bytes[1] === second) return { text: new WhatwgDecoder(encoding).decode(bytes), encoding };
  const declared = declaredCharset(bytes);
  const utf8 = validUtf8(bytes);
  // eslint-disable-next-line no-control-regex -- any byte above ASCII
  const asciiOnly = !/[^\u0000-\u007f]/u.test(utf8 ?? "x\u0080");
  if (declared?.name && declared.name !== "UTF-8") {
    if (utf8 !== undefined && !asciiOnly)
      return {
        text: utf8,
        encoding: "utf-8",
        conflict: `the page declares charset ${declared.label}, but its bytes are UTF-8: read as UTF-8`,
      };
    return overruled(bytes, { label: declared.label, name: declared.name });
  }
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8" };
  const guessed = decodeBytes(bytes);
  const conflict =
    declared === undefined
      ? undefined
      : `the page declares charset ${declared.label}, but its bytes are no valid UTF-8: read as ${guessed.encoding}`;
  return { text: guessed.text, encoding: guessed.encoding, ...(conflict ? { conflict } : {}) };
}

/** Input lines, without BOM, split on LF, CRLF or CR. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
}
