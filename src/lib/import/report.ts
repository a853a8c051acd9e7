/**
 * The import report, for the editor: first what needs attention (every
 * guess, with its place in the raw file and in the written article and its
 * context), then what was recognised, counts per rule, every dropped line,
 * and with `verbose` every single edit.
 */
import { VFile } from "vfile";
import type { RuleId } from "../article/rules/registry.ts";
import type { Script } from "../script/types.ts";
import type { Repair } from "./tracked.ts";

export type Attention = {
  /** Line and column in the raw input (for a saved page: paragraph of the extracted text). */
  line: number;
  column: number;
  /** The raw text at that place. */
  text: string;
  reason: string;
  /** The registered rule (area "importer") the item falls under. */
  ruleId: RuleId;
  /** What the article now says there, and its line in the written article. */
  written?: string;
  articleLine?: number;
  context?: string;
};
export type ScriptReport = {
  kind: "simplified" | "traditional" | "naive-traditional";
  script: Script;
  evidence: { line: number; column: number; found: string; expected: string }[];
  counter: number;
  uncertain: boolean;
};
export type Found = { field: string; value: string; line?: number; note?: string };
export type Listed = { line: number; text: string; reason: string };

export type ReportInput = {
  encoding: string;
  repairs: readonly Repair[];
  attention: readonly Attention[];
  script: ScriptReport;
  found: readonly Found[];
  dropped: readonly Listed[];
  captions: readonly Listed[];
  notes: readonly string[];
  verbose: boolean;
};

const show = (text: string): string => (text === "" ? "∅" : JSON.stringify(text).slice(1, -1));
const cut = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max)}…` : text);

function repairLine(repair: Repair): string {
  return `  ${repair.line}:${repair.column}  ${show(repair.before)} → ${show(repair.after)}  [${repair.rule}]`;
}

function scriptLine(script: ScriptReport): string {
  const evidence = script.evidence
    .slice(0, 12)
    .map((item) => `${item.line}:${item.column} ${item.found}→${item.expected}`)
    .join(", ");
  if (script.kind === "naive-traditional")
    return `script: naive Traditional → stored as Simplified (script: hans); evidence (${script.evidence.length}, against ${script.counter} correctly written): ${evidence}`;
  if (script.kind === "traditional")
    return `script: Traditional, kept as written (script: hant)${script.uncertain ? `; possible naive-conversion traces (${script.evidence.length}): ${evidence}` : ""}`;
  return "script: Simplified (script: hans)";
}

export function formatReport(input: ReportInput): string {
  const { attention, repairs } = input;
  const out: string[] = [];
  out.push(`needs attention / 需要核对 (${attention.length}):`);
  attention.forEach((item, index) => {
    const where = `raw ${item.line}:${item.column}${item.articleLine ? ` → article line ${item.articleLine}` : ""}`;
    out.push(`  ${index + 1}. ${where}  ${item.reason} [${item.ruleId}]`);
    if (item.text !== "" || item.written !== undefined)
      out.push(`     raw: ${show(item.text)}${item.written === undefined ? "" : `  written: ${show(item.written)}`}`);
    if (item.context) out.push(`     context: …${show(item.context)}…`);
  });
  out.push(`encoding: ${input.encoding}`);
  for (const field of input.found)
    out.push(
      `${field.field}: ${field.value}${field.line ? ` (line ${field.line})` : ""}${field.note ? `; ${field.note}` : ""}`,
    );
  out.push(scriptLine(input.script));
  for (const note of input.notes) out.push(`note: ${note}`);
  const counts = new Map<string, number>();
  for (const repair of repairs) counts.set(repair.rule, (counts.get(repair.rule) ?? 0) + 1);
  out.push(
    `repairs (${repairs.length}): ${[...counts].map(([rule, n]) => `${rule} ${n}`).join(", ") || "none"}${input.verbose ? "" : " (--verbose lists each)"}`,
  );
  if (input.verbose) {
    for (const repair of repairs) out.push(repairLine(repair));
  } else {
    // guesses are few and worth seeing in full
    for (const repair of repairs.filter(
      (each) => each.rule !== "full-width-punctuation" && each.rule !== "pinyin-annotation",
    ))
      out.push(repairLine(repair));
  }
  out.push(`captions kept out of the body (${input.captions.length}):`);
  for (const caption of input.captions) out.push(`  ${caption.line}: ${show(cut(caption.text, 100))}`);
  out.push(`dropped lines (${input.dropped.length}):`);
  for (const line of input.dropped) out.push(`  ${line.line}: ${show(cut(line.text))}  [${line.reason}]`);
  return out.join("\n") + "\n";
}

/**
 * The items as vfile messages, as the build reports: place (raw line:column, none for the whole
 * input), `ruleId`, `source: "newsprint"`, the raw text as `actual` and what was written as `expected`.
 */
export function attentionFile(path: string, attention: readonly Attention[]): VFile {
  const file = new VFile({ path });
  for (const item of attention) {
    const message = file.message(item.reason, {
      ...(item.line > 0 ? { place: { line: item.line, column: Math.max(1, item.column) } } : {}),
      ruleId: item.ruleId,
      source: "newsprint",
    });
    message.fatal = false;
    if (item.text !== "") message.actual = item.text;
    if (item.written !== undefined) message.expected = [item.written];
  }
  return file;
}
