/**
 * Tells Simplified text, Traditional text, and Traditional text made by a
 * naive character-by-character converter apart. Naive text is recognised by
 * characters that a correct Simplified → Traditional conversion of the same
 * words writes differently (干部 → 幹部, 范圍 → 範圍, 锏 → 鐧): a round trip
 * Traditional → Simplified → Traditional changes them.
 */
import { toSimplified, toTraditional } from "./opencc.ts";
import { HAN } from "./lm.ts";

export type Script = "hans" | "hant";
export type ScriptKind = "simplified" | "traditional" | "naive-traditional";
export type ScriptEvidence = { index: number; found: string; expected: string };
export type ScriptVerdict = { kind: ScriptKind; script: Script; evidence: ScriptEvidence[] };

/** Share of Han characters that must change under t→cn for a text to count as Traditional. */
const TRADITIONAL_SHARE = 0.02;
/** Round-trip mismatches needed to call a Traditional text naively converted. */
const NAIVE_EVIDENCE = 2;

function differences(a: string, b: string): ScriptEvidence[] {
  const left = [...a];
  const right = [...b];
  if (left.length !== right.length) return [];
  const found: ScriptEvidence[] = [];
  let index = 0;
  left.forEach((char, i) => {
    const other = right[i] ?? "";
    if (char !== other) found.push({ index, found: char, expected: other });
    index += char.length;
  });
  return found;
}

/** Characters that a Traditional → Simplified → Traditional round trip changes. */
export function roundTripMismatches(text: string): ScriptEvidence[] {
  return differences(text, toTraditional(toSimplified(text))).filter((d) => HAN.test(d.found));
}

export function classifyScript(text: string): ScriptVerdict {
  const han = [...text].filter((c) => HAN.test(c)).length;
  const simplified = toSimplified(text);
  const changed = differences(text, simplified).length;
  if (han === 0 || changed / han < TRADITIONAL_SHARE) return { kind: "simplified", script: "hans", evidence: [] };
  const evidence = roundTripMismatches(text);
  if (evidence.length >= NAIVE_EVIDENCE) return { kind: "naive-traditional", script: "hans", evidence };
  return { kind: "traditional", script: "hant", evidence };
}
