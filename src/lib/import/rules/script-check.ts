/**
 * The text's script: Simplified, Traditional, or Traditional made by a naive conversion from
 * Simplified (stored as Simplified); Traditional text with some such traces is kept and the
 * traces are reported.
 */
import type { VFile } from "vfile";
import { attend } from "../messages.ts";
import type { ScriptReport } from "../report.ts";
import { classifyScript, roundTripMismatches } from "../script.ts";
import type { TrackedText } from "../tracked.ts";
import type { RuleMeta } from "../../article/rules/define.ts";

export const SCRIPT_CHECK: RuleMeta = {
  id: "script-check",
  doc: "Tells Simplified, Traditional and naively converted Traditional apart, with the evidence.",
  emits: ["import-naive-traditional"],
};

export type ScriptInput = {
  readonly title: string;
  readonly titleLine: number;
  readonly body: string;
  readonly lines: readonly TrackedText[];
  readonly columnOf: (line: number, offset: number) => number;
};

/** Where each character a Simplified→Traditional round trip changes stands in the lines. */
function evidenceIn(input: ScriptInput): ScriptReport["evidence"] {
  return input.lines.flatMap((line) =>
    roundTripMismatches(line.text).map((mismatch) => ({
      line: line.line,
      column: input.columnOf(line.line, line.origins[mismatch.index] ?? 0),
      found: mismatch.found,
      expected: mismatch.expected,
    })),
  );
}

/** The script report; asks the editor to check Traditional text that shows naive-conversion traces. */
export function checkScript(file: VFile, input: ScriptInput): ScriptReport {
  const verdict = classifyScript(`${input.title}\n${input.body}`);
  const evidence = verdict.kind !== "simplified" && verdict.evidence.length > 0 ? evidenceIn(input) : [];
  const script: ScriptReport = {
    kind: verdict.kind,
    script: verdict.script,
    evidence,
    counter: verdict.counter,
    genuine: verdict.genuine,
    uncertain: verdict.uncertain,
  };
  if (!verdict.uncertain) return script;
  const first = evidence[0];
  const sample = evidence
    .slice(0, 6)
    .map((item) => `${item.found}→${item.expected}`)
    .join(", ");
  attend(file, {
    line: first?.line ?? input.titleLine,
    column: first?.column ?? 1,
    text: evidence.map((item) => item.found).join(""),
    reason: `Traditional text kept as written (script: hant), but ${evidence.length} character(s) look like a naive Simplified→Traditional conversion (${sample}); if the whole text was converted that way, convert it back to Simplified and set script: hans`,
    ruleId: "import-naive-traditional",
  });
  return script;
}
