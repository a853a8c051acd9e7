/**
 * The import report, for the editor: first what needs attention (every
 * guess, with its place in the raw file and in the written article and its
 * context), then what was recognised, counts per rule, every dropped line,
 * and with `verbose` every single edit.
 */
import type { VFile } from "vfile";
import type { Script } from "../script/types.ts";
import type { ScriptKind } from "./script.ts";
import { attentionOf, rawPlace, repairsOf, writtenOf, type ImportMessage, type VFileMessage } from "./messages.ts";
import { PINYIN_RULE } from "./pinyin.ts";
import { PUNCTUATION_RULE } from "./punctuation.ts";

/** Repairs too many and too plain to list without `verbose`. */
const ROUTINE_REPAIRS: ReadonlySet<string> = new Set([PUNCTUATION_RULE, PINYIN_RULE]);

export type ScriptReport = {
  kind: ScriptKind;
  script: Script;
  evidence: { line: number; column: number; found: string; expected: string }[];
  counter: number;
  /** Forms a naive converter never writes, found in the text (evidence of genuine Traditional). */
  genuine?: readonly string[];
  uncertain: boolean;
};
export type Found = { field: string; value: string; line?: number; note?: string };
export type Listed = { line: number; text: string; reason: string; unsure?: boolean };

export type ReportInput = {
  encoding: string;
  /** The import's messages: what needs attention and the repairs made (./messages.ts). */
  file: VFile;
  script: ScriptReport;
  found: readonly Found[];
  dropped: readonly Listed[];
  captions: readonly Listed[];
  notes: readonly string[];
  verbose: boolean;
};

const show = (text: string): string => (text === "" ? "∅" : JSON.stringify(text).slice(1, -1));
const cut = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max)}…` : text);

function repairLine(repair: VFileMessage): string {
  const { line, column } = rawPlace(repair);
  return `  ${line}:${column}  ${show(repair.actual ?? "")} → ${show(writtenOf(repair) ?? "")}  [${repair.ruleId ?? ""}]`;
}

/** One item for the editor: where, why and under which rule; the raw and written text; the context. */
function attentionLines(item: ImportMessage, index: number): string[] {
  const { line, column } = rawPlace(item);
  const { articleLine, context } = item.data;
  const written = writtenOf(item);
  const out = [
    `  ${index + 1}. raw ${line}:${column}${articleLine ? ` → article line ${articleLine}` : ""}  ${item.reason} [${item.ruleId ?? ""}]`,
  ];
  if (item.actual !== undefined || written !== undefined)
    out.push(`     raw: ${show(item.actual ?? "")}${written === undefined ? "" : `  written: ${show(written)}`}`);
  if (context) out.push(`     context: …${show(context)}…`);
  return out;
}

/** Repairs per rule, and the repairs listed: all with `verbose`, else the guesses only. */
function repairLines(repairs: readonly VFileMessage[], verbose: boolean): string[] {
  const counts = new Map<string, number>();
  for (const repair of repairs) counts.set(repair.ruleId ?? "", (counts.get(repair.ruleId ?? "") ?? 0) + 1);
  const summary = [...counts].map(([rule, count]) => `${rule} ${count}`).join(", ") || "none";
  // guesses are few and worth seeing in full
  const listed = verbose ? repairs : repairs.filter((repair) => !ROUTINE_REPAIRS.has(repair.ruleId ?? ""));
  return [
    `repairs (${repairs.length}): ${summary}${verbose ? "" : " (--verbose lists each)"}`,
    ...listed.map(repairLine),
  ];
}

function scriptLine(script: ScriptReport): string {
  const evidence = script.evidence
    .slice(0, 12)
    .map((item) => `${item.line}:${item.column} ${item.found}→${item.expected}`)
    .join(", ");
  const genuine = script.genuine ?? [];
  const against =
    genuine.length > 0
      ? `; forms no naive converter writes (${genuine.length}): ${genuine.slice(0, 12).join(" ")}`
      : "";
  if (script.kind === "naive-traditional")
    return `script: naive Traditional → stored as Simplified (script: hans); evidence (${script.evidence.length}, against ${script.counter} correctly written): ${evidence}${against}`;
  if (script.kind === "traditional")
    return `script: Traditional, kept as written (script: hant)${script.uncertain ? `; possible naive-conversion traces (${script.evidence.length}): ${evidence}` : "; no naive-conversion trace"}${against}`;
  return "script: Simplified (script: hans)";
}

export function formatReport(input: ReportInput): string {
  const attention = attentionOf(input.file);
  const out: string[] = [`needs attention / 需要核对 (${attention.length}):`];
  attention.forEach((item, index) => out.push(...attentionLines(item, index)));
  out.push(`encoding: ${input.encoding}`);
  for (const field of input.found)
    out.push(
      `${field.field}: ${field.value}${field.line ? ` (line ${field.line})` : ""}${field.note ? `; ${field.note}` : ""}`,
    );
  out.push(scriptLine(input.script));
  for (const note of input.notes) out.push(`note: ${note}`);
  out.push(...repairLines(repairsOf(input.file), input.verbose));
  out.push(`captions kept out of the body (${input.captions.length}):`);
  for (const caption of input.captions) out.push(`  ${caption.line}: ${show(cut(caption.text, 100))}`);
  out.push(`dropped lines (${input.dropped.length}):`);
  for (const line of input.dropped)
    out.push(`  ${line.line}: ${show(cut(line.text))}  [${line.reason}]${line.unsure ? " (unsure: check)" : ""}`);
  return out.join("\n") + "\n";
}
