/** The raw lines, tracked and cleaned, through every line rule (../rules/). */
import { attend } from "../messages.ts";
import { runLineRules, type LineState } from "../rules/index.ts";
import type { CodePageName } from "../codepage.ts";
import { applyEdits, mapText, track, trim, type TrackedText } from "../tracked.ts";
import { columnIn, type ImportRun } from "./run.ts";

const WIDE_SPACES = /[\u00a0\u2002\u2003]/g;

/** Lines with their spaces made plain and their ends trimmed; empty lines go, unless a page image stands there. */
function cleanLines(run: ImportRun): TrackedText[] {
  const imageLines = new Set(
    (run.page?.paragraphs ?? []).filter((paragraph) => paragraph.image).map((paragraph) => paragraph.line),
  );
  return run.rawLines
    .map((raw, index) => trim(mapText(track(index + 1, raw), (text) => text.replace(WIDE_SPACES, " "))))
    .filter((line) => line.text !== "" || imageLines.has(line.line));
}

export function repairLines(run: ImportRun): TrackedText[] {
  const columnOf = (line: number, offset: number): number => columnIn(run, line, offset);
  const state: LineState = {
    lines: cleanLines(run),
    codePages: new Set<CodePageName>(),
    apply: (line, edits) => applyEdits(line, edits, columnOf, run.file),
    attend: (line, offset, item) =>
      attend(run.file, { line: line.line, column: columnOf(line.line, line.origins[offset] ?? 0), ...item }),
  };
  runLineRules(state);
  return state.lines;
}
