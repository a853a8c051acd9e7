/**
 * Reads article files as strict UTF-8. A file in another encoding becomes a positioned
 * diagnostic that names the likely encoding and the command that converts it.
 */
import { readFileSync } from "node:fs";
import type { Diagnostic } from "./diagnostics.ts";
import { guessEncoding } from "./encoding.ts";

export type ReadResult = { readonly text: string } | { readonly diagnostic: Diagnostic };

/** @param file path shown in the diagnostic, e.g. `content/a.md` */
export function decodeArticle(bytes: Uint8Array, file: string): ReadResult {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    // UTF-16 text can be valid UTF-8 (ASCII and many Han code units are byte pairs below 0x80),
    // zero bytes included: no article holds a zero byte.
    if (!text.includes("\0") || !guessEncoding(bytes).wholeFile) return { text };
  } catch {
    // Not UTF-8: find where, and guess what it is.
  }
  const guess = guessEncoding(bytes);
  const convert = `Convert it: \`iconv -f ${guess.iconv} -t UTF-8 ${file} > converted.md && mv converted.md ${file}\`, or save it as UTF-8 in your editor.`;
  if (guess.wholeFile) {
    return {
      diagnostic: {
        file,
        line: 1,
        column: 1,
        severity: "error",
        message: `The file is ${guess.name}, not UTF-8. ${convert}`,
        ruleId: "not-utf8",
      },
    };
  }
  // Streaming leaves out a sequence cut at the end of the prefix: it is where the bad bytes start.
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, validUtf8Prefix(bytes)), { stream: true });
  const line = before.split("\n").length;
  const column = [...before.slice(before.lastIndexOf("\n") + 1)].length + 1;
  return {
    diagnostic: {
      file,
      line,
      column,
      severity: "error",
      message: `The file is not UTF-8 (it looks like ${guess.name}; this is its first byte that is not UTF-8). ${convert}`,
      ruleId: "not-utf8",
    },
  };
}

/** Reads `path`; `file` is the name shown in diagnostics (default: the path). */
export function readArticleFile(path: string, file = path): ReadResult {
  return decodeArticle(readFileSync(path), file);
}

/** Length of the longest prefix that is valid UTF-8 (a sequence cut at the end counts as valid). */
function validUtf8Prefix(bytes: Uint8Array): number {
  const valid = (length: number): boolean => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let [low, high] = [0, bytes.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (valid(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}
