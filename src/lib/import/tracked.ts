import type { VFile } from "vfile";
import { recordRepair } from "./messages.ts";

/** Text whose characters remember their column in the input line. */
export type TrackedText = {
  readonly line: number;
  readonly text: string;
  /** For each UTF-16 unit of `text`, its offset in the original input line. */
  readonly origins: readonly number[];
};

/** A replacement of `text.slice(start, end)`, proposed by a rule. */
export type Edit = {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly rule: string;
};

export function track(line: number, text: string): TrackedText {
  return { line, text, origins: Array.from({ length: text.length }, (_, i) => i) };
}

/** Applies non-overlapping edits, recording each as a repair on the file; returns the new text. */
export function applyEdits(
  source: TrackedText,
  edits: readonly Edit[],
  columnOf: (line: number, offset: number) => number,
  file: VFile,
): TrackedText {
  const sorted = [...edits].sort((first, second) => first.start - second.start);
  let text = "";
  const origins: number[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) continue; // overlapping edit: the earlier one wins
    text += source.text.slice(cursor, edit.start);
    origins.push(...source.origins.slice(cursor, edit.start));
    const origin = source.origins[edit.start] ?? source.origins[edit.start - 1] ?? 0;
    text += edit.replacement;
    for (let i = 0; i < edit.replacement.length; i++) origins.push(origin);
    recordRepair(file, {
      line: source.line,
      column: columnOf(source.line, origin),
      before: source.text.slice(edit.start, edit.end),
      after: edit.replacement,
      rule: edit.rule,
    });
    cursor = edit.end;
  }
  text += source.text.slice(cursor);
  origins.push(...source.origins.slice(cursor));
  return { line: source.line, text, origins };
}

/** The part of a tracked text between two offsets. */
export function slice(source: TrackedText, start: number, end = source.text.length): TrackedText {
  return { line: source.line, text: source.text.slice(start, end), origins: source.origins.slice(start, end) };
}

/** Trims white space (including no-break and ideographic spaces) at both ends. */
export function trim(source: TrackedText): TrackedText {
  const start = source.text.length - source.text.replace(/^[\s\u00a0\u3000\ufeff]+/, "").length;
  const end = source.text.replace(/[\s\u00a0\u3000\ufeff]+$/, "").length;
  return end <= start ? slice(source, 0, 0) : slice(source, start, end);
}

/** Replaces text with a same-length-per-character mapping or, if lengths differ, keeps the start origin. */
export function mapText(source: TrackedText, map: (text: string) => string): TrackedText {
  const text = map(source.text);
  if (text.length === source.text.length) return { line: source.line, text, origins: source.origins };
  const origin = source.origins[0] ?? 0;
  return { line: source.line, text, origins: Array.from({ length: text.length }, () => origin) };
}
