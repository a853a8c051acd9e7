/** The import report: repairs made and spans left for the editor. */
import type { Repair } from "./tracked.ts";

export type Attention = { line: number; column: number; text: string; reason: string };
export type ScriptReport = {
  kind: "simplified" | "traditional" | "naive-traditional";
  script: "hans" | "hant";
  evidence: { line: number; column: number; found: string; expected: string }[];
};

const show = (text: string): string => (text === "" ? "∅" : JSON.stringify(text).slice(1, -1));

export function formatReport(
  repairs: readonly Repair[],
  attention: readonly Attention[],
  script: ScriptReport,
  encoding: string,
): string {
  const out: string[] = [`encoding: ${encoding}`];
  out.push(`repairs (${repairs.length}):`);
  for (const r of repairs) out.push(`  ${r.line}:${r.column}  ${show(r.before)} → ${show(r.after)}  [${r.rule}]`);
  const scriptLine =
    script.kind === "naive-traditional"
      ? `script: naive Traditional → Simplified (script: hans); evidence (${script.evidence.length}): ` +
        script.evidence.map((e) => `${e.line}:${e.column} ${e.found}→${e.expected}`).join(", ")
      : `script: ${script.kind} (script: ${script.script})`;
  out.push(scriptLine);
  out.push(`needs attention (${attention.length}):`);
  for (const a of attention) out.push(`  ${a.line}:${a.column}  ${show(a.text)}  ${a.reason}`);
  return out.join("\n") + "\n";
}
