/**
 * Decodes input bytes: UTF-8 (with or without BOM) when valid, otherwise
 * GB18030/GBK or Big5, whichever reads as more probable Chinese.
 */
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
      const text = new TextDecoder(encoding).decode(bytes);
      return { text, encoding, score: readability(text) };
    });
    const [first, second] = candidates;
    const best = first && second && second.score > first.score ? second : first;
    return { text: best?.text ?? "", encoding: best?.encoding ?? "gb18030" };
  }
}

// eslint-disable-next-line no-control-regex -- detecting control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Average log-probability per character below which text does not read as Chinese (seed ≈ -7, noise ≈ -15). */
const UNREADABLE = -11;

/** Why decoded input is not a text article (binary data, noise), or undefined when it reads as text. */
export function unreadableReason(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE);
  const controls = (sample.match(CONTROL) ?? []).length;
  if (controls > 0) return `not a text file (${controls} control character(s) in the first ${sample.length})`;
  if (/\p{Script=Han}/u.test(sample) && readability(sample) < UNREADABLE) {
    return "the text does not read as Chinese in UTF-8, GB18030 or Big5 (binary or corrupted data?)";
  }
  return undefined;
}

/** Input lines, without BOM, split on LF, CRLF or CR. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
}
