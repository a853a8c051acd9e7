/** Reads the YAML front matter block and validates it, with positions in the Markdown file. */
import { isMap, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import { FRONT_MATTER_KEYS, frontMatterSchema, type FrontMatter } from "./schema.ts";
import type { Severity } from "./diagnostics.ts";
import { closestWord } from "./did-you-mean.ts";
import { tokenizeMarkup } from "../script/markup.ts";

export type Problem = { line: number; column: number; severity: Severity; message: string };

/**
 * @param yaml the text between the `---` fences
 * @param firstLine the file line on which the YAML text starts (1-based)
 */
export function readFrontMatter(yaml: string, firstLine: number): { data?: FrontMatter; problems: Problem[] } {
  const lines = new LineCounter();
  const document = parseDocument(yaml, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lines.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const invalid = (offset: number, message: string): Problem => ({
    ...at(offset),
    severity: "error",
    message: `Front matter is not valid YAML: ${message.split("\n")[0]}. Check the indentation, and put values that contain ": " or start with a special character in quotes.`,
  });
  const problems: Problem[] = document.errors.map((error) =>
    error.code === "DUPLICATE_KEY"
      ? {
          ...at(error.pos[0]),
          severity: "error",
          message: `Front matter key "${keyAt(yaml, error.pos[0])}" appears twice: keep one of the lines.`,
        }
      : invalid(error.pos[0], error.message),
  );
  if (problems.length > 0) return { problems };
  const empty = document.contents === null;
  let raw: Record<string, unknown>;
  try {
    raw = (empty ? {} : document.toJS()) as Record<string, unknown>;
  } catch (error) {
    // e.g. `title: *` reads as an alias to an anchor that does not exist.
    return { problems: [invalid(0, error instanceof Error ? error.message : String(error))] };
  }
  if (!empty && !isMap(document.contents)) {
    return {
      problems: [
        {
          line: firstLine,
          column: 1,
          severity: "error",
          message: "Front matter must be a list of `key: value` lines.",
        },
      ],
    };
  }
  const known: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (FRONT_MATTER_KEYS.includes(key)) {
      known[key] = normalizeValue(value);
      continue;
    }
    const suggestion = closestWord(key, FRONT_MATTER_KEYS);
    problems.push({
      ...at(keyOffset(document, key)),
      severity: "warning",
      message: `Unknown front matter key "${key}" is ignored${suggestion ? `; did you mean "${suggestion}"?` : `: remove it, or use one of the known keys ${FRONT_MATTER_KEYS.join(", ")}.`}`,
    });
  }
  const result = frontMatterSchema.safeParse(known);
  if (result.success) {
    problems.push(...markupProblems(result.data, document, at));
    return problems.some((problem) => problem.severity === "error") ? { problems } : { data: result.data, problems };
  }
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? "");
    const offset = key === "" ? 0 : valueOffset(document, issue.path);
    const missing = issue.code === "invalid_type" && raw[key] === undefined;
    problems.push({
      ...(missing ? { line: firstLine - 1, column: 1 } : at(offset)),
      severity: "error",
      message: missing
        ? `Missing required front matter key "${key}": add a \`${key}: …\` line between the \`---\` lines.`
        : `"${key}" ${issue.message}`,
    });
  }
  return { problems };
}

/** Text values that script conversion reads, and so must hold well-formed `-{…}-` markup. */
const MARKED_KEYS = ["title", "source", "reprintedFrom", "author", "summary", "breadcrumb"] as const;

function markupProblems(
  data: FrontMatter,
  document: Document,
  at: (offset: number) => { line: number; column: number },
): Problem[] {
  const problems: Problem[] = [];
  for (const key of MARKED_KEYS) {
    const value = data[key];
    const values =
      value === undefined
        ? []
        : typeof value === "string"
          ? [[key, value] as const]
          : value.map((item, index) => [[key, index], item] as const);
    for (const [path, text] of values) {
      const error = tokenizeMarkup(text).errors[0];
      if (error === undefined) continue;
      problems.push({
        ...at(valueOffset(document, typeof path === "string" ? [path] : path)),
        severity: "error",
        message: `"${key}": ${error.message}`,
      });
    }
  }
  return problems;
}

/**
 * YAML may read an unquoted date as a number-like or Date value: keep editors' text as text.
 * An empty value (`title:`) reads as null: treat it as empty text, which the schema reports as such.
 */
function normalizeValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null) return "";
  return value;
}

/** The key written on the line that holds `offset`. */
function keyAt(yaml: string, offset: number): string {
  const line = yaml.slice(yaml.lastIndexOf("\n", offset - 1) + 1).split("\n")[0] ?? "";
  return /^\s*([^:]*?)\s*:/.exec(line)?.[1] ?? line.trim();
}

function keyOffset(document: Document, key: string): number {
  if (!isMap(document.contents)) return 0;
  const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
  return (isScalar(pair?.key) ? pair.key.range?.[0] : undefined) ?? 0;
}

function valueOffset(document: Document, path: readonly PropertyKey[]): number {
  const node = document.getIn(
    path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    true,
  );
  if (node !== undefined && node !== null && typeof node === "object" && "range" in node) {
    const range = (node as { range?: [number, number, number] }).range;
    if (range) return range[0];
  }
  return keyOffset(document, String(path[0]));
}
