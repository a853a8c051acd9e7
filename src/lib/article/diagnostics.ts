/** Positioned problems found in content, reported to editors all at once. */
import type { RuleId } from "./rules/registry.ts";

export type Severity = "error" | "warning";

export type Diagnostic = {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  readonly message: string;
  /** Which check found it, e.g. `yaml-not-text` (./rules/registry.ts lists them all). */
  readonly ruleId?: RuleId;
};

/** `file:line:column: severity: message [ruleId]`, as compilers write it. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const rule = diagnostic.ruleId === undefined ? "" : ` [${diagnostic.ruleId}]`;
  return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${diagnostic.message}${rule}`;
}

export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return [...diagnostics]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column)
    .map(formatDiagnostic)
    .join("\n");
}

/** Thrown by a build when content has errors; carries every diagnostic. */
export class ContentError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    const files = new Set(errors.map((d) => d.file)).size;
    super(
      `${errors.length} content error(s) in ${files} file(s); fix them and build again:\n${formatDiagnostics(errors)}`,
    );
    this.name = "ContentError";
    this.diagnostics = diagnostics;
  }
}
