import type { ScriptConverter } from "./converter.ts";
import type { Script } from "./types.ts";

const SAMPLE_LENGTH = 4000;

/** Guesses the script of a text: the one that conversion into the other script changes more. */
export function detectScript(text: string, converter: ScriptConverter): Script {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const changedByToHant = countChanged(sample, converter.convertText(sample, "hans", "hant"));
  const changedByToHans = countChanged(sample, converter.convertText(sample, "hant", "hans"));
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
