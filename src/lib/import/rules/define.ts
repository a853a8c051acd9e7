/**
 * A repair or recognition over the imported lines, in the shape of the article checks'
 * `lintRule` (src/lib/article/rules/define.ts): meta (id, one-line doc, the rule ids it emits)
 * and a function over the lines that edits them (each edit a repair message on the file) and
 * reports what the editor must check (a warning on the file, ../messages.ts).
 */
import type { RuleMeta } from "../../article/rules/define.ts";
import type { RuleId } from "../../article/rules/registry.ts";
import type { CodePageName } from "../codepage.ts";
import type { AttentionItem } from "../messages.ts";
import type { Edit, TrackedText } from "../tracked.ts";

/** What the line rules share: the lines so far, and how to edit them and report on them. */
export type LineState = {
  lines: TrackedText[];
  /** The code pages garbled spans were repaired from (lost characters are looked up in them). */
  readonly codePages: Set<CodePageName>;
  /** Applies edits to a line, recording each as a repair. */
  readonly apply: (line: TrackedText, edits: readonly Edit[]) => TrackedText;
  /** Asks the editor to check the text at `offset` of a line. */
  readonly attend: (line: TrackedText, offset: number, item: Omit<AttentionItem, "line" | "column">) => void;
};

export type LineRule = { readonly meta: RuleMeta; readonly run: (state: LineState) => void };

export function lineRule(meta: RuleMeta, run: (state: LineState) => void): LineRule {
  return { meta, run };
}

/** Each line through `repair`, which returns its edits after reporting what needs checking. */
export function eachLine(state: LineState, repair: (line: TrackedText, index: number) => readonly Edit[]): void {
  state.lines = state.lines.map((line, index) => {
    const edits = repair(line, index);
    return edits.length > 0 ? state.apply(line, edits) : line;
  });
}

export type { RuleId };
