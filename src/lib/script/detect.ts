import * as OpenCC from "opencc-js";
import type { Script } from "./types.ts";

const SAMPLE_LENGTH = 4000;

let toTraditional: ((text: string) => string) | undefined;
let toSimplified: ((text: string) => string) | undefined;

/** Guesses the script of a text: the one that conversion into the other script changes more. */
export function detectScript(text: string): Script {
  toTraditional ??= OpenCC.Converter({ from: "cn", to: "t" });
  toSimplified ??= OpenCC.Converter({ from: "t", to: "cn" });
  const sample = text.slice(0, SAMPLE_LENGTH);
  const changedByToHant = countChanged(sample, toTraditional(sample));
  const changedByToHans = countChanged(sample, toSimplified(sample));
  return changedByToHans > changedByToHant ? "hant" : "hans";
}

function countChanged(before: string, after: string): number {
  const a = [...before];
  const b = [...after];
  if (a.length !== b.length) return Math.abs(a.length - b.length);
  let changed = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed++;
  return changed;
}
