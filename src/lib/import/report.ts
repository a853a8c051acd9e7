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

function scriptLine(script: ScriptReport): string {
  const evidence = script.evidence
    .slice(0, 12)
    .map((e) => `${e.line}:${e.column} ${e.found}→${e.expected}`)
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
  attention.forEach((a, i) => {
    const where = `raw ${a.line}:${a.column}${a.articleLine ? ` → article line ${a.articleLine}` : ""}`;
    out.push(`  ${i + 1}. ${where}  ${a.reason} [${a.ruleId}]`);
    if (a.text !== "" || a.written !== undefined)
      out.push(`     raw: ${show(a.text)}${a.written === undefined ? "" : `  written: ${show(a.written)}`}`);
    if (a.context) out.push(`     context: …${show(a.context)}…`);
  });
  out.push(`encoding: ${input.encoding}`);
  for (const f of input.found)
    out.push(`${f.field}: ${f.value}${f.line ? ` (line ${f.line})` : ""}${f.note ? `; ${f.note}` : ""}`);
  out.push(scriptLine(input.script));
  for (const note of input.notes) out.push(`note: ${note}`);
  const counts = new Map<string, number>();
  for (const r of repairs) counts.set(r.rule, (counts.get(r.rule) ?? 0) + 1);
  out.push(
    `repairs (${repairs.length}): ${[...counts].map(([rule, n]) => `${rule} ${n}`).join(", ") || "none"}${input.verbose ? "" : " (--verbose lists each)"}`,
  );
  if (input.verbose) {
    for (const r of repairs) out.push(`  ${r.line}:${r.column}  ${show(r.before)} → ${show(r.after)}  [${r.rule}]`);
  } else {
    // guesses are few and worth seeing in full
    for (const r of repairs.filter((x) => x.rule !== "full-width-punctuation" && x.rule !== "pinyin-annotation"))
      out.push(`  ${r.line}:${r.column}  ${show(r.before)} → ${show(r.after)}  [${r.rule}]`);
  }
  out.push(`captions kept out of the body (${input.captions.length}):`);
  for (const c of input.captions) out.push(`  ${c.line}: ${show(cut(c.text, 100))}`);
  out.push(`dropped lines (${input.dropped.length}):`);
  for (const d of input.dropped) out.push(`  ${d.line}: ${show(cut(d.text))}  [${d.reason}]`);
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
