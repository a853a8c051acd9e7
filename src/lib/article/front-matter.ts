/**
 * Reads the YAML front matter block and validates it, reporting into the article's vfile at the
 * line and column of each value. Values keep the text the editor wrote: a scalar YAML would read
 * as something else (a number, a boolean, null) where text is expected is an error asking for
 * quotes, never a silent conversion (`0x1F` is not published as "31").
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from "yaml";
import type { VFile } from "vfile";
import { FIELD_KINDS, TRANSLATED_LISTS, TRANSLATED_MAPS, TRANSLATED_TEXTS } from "./fields.ts";
import { FRONT_MATTER_KEYS, frontMatterSchema, type FrontMatter } from "./schema.ts";
import { closestWord } from "./did-you-mean.ts";
import { cleanControls } from "./guards.ts";
import { cleanInvisible } from "./invisible.ts";
import { readShapedValue } from "./value-shape.ts";
import { issueText } from "./zod-advice.ts";
import { report } from "./messages.ts";
import { tokenizeMarkup } from "../script/markup.ts";

export type FrontMatterRead = {
  readonly data?: FrontMatter;
  /** Offset in the file of the value at `path` (e.g. ["breadcrumb", 2]), else of its key. */
  readonly offsetOf: (path: readonly (string | number)[]) => number | undefined;
};

const FULL_WIDTH_COLON = /^([ \t]*(?:-[ \t]+)?)([A-Za-z][A-Za-z0-9_]*)[ \t]*：/gm;
/** A lone surrogate: YAML escapes (`"\uD800"`) can write one; no text file or page may hold one. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * @param yaml the text between the `---` fences
 * @param base offset of `yaml` in the file's text
 * @param fence offset of the opening `---`, where missing keys are reported
 */
export function readFrontMatter(yaml: string, base: number, fence: number, file: VFile): FrontMatterRead {
  const none: FrontMatterRead = { offsetOf: () => undefined };
  let colons = 0;
  for (const match of yaml.matchAll(FULL_WIDTH_COLON)) {
    const [whole, , key = ""] = match;
    colons++;
    report(
      file,
      `"${key}" is followed by a full-width colon "：": YAML needs an ASCII colon and a space, write \`${key}: …\`.`,
      base + match.index + whole.length - 1,
      "yaml-full-width-colon",
    );
  }
  if (colons > 0) return none;

  const document = parseDocument(yaml, { uniqueKeys: true, prettyErrors: false });
  for (const error of document.errors) {
    if (error.code === "DUPLICATE_KEY") {
      report(
        file,
        `Front matter key "${keyAt(yaml, error.pos[0])}" appears twice: keep one of the lines.`,
        base + error.pos[0],
        "yaml-duplicate-key",
      );
    } else {
      report(
        file,
        `Front matter is not valid YAML: ${error.message.split("\n")[0]}. Check the indentation, and put values that contain ": " or start with a special character in quotes.`,
        base + error.pos[0],
        "yaml-syntax",
      );
    }
  }
  for (const warning of document.warnings) {
    const tag = yaml.slice(warning.pos[0], warning.pos[1]);
    report(
      file,
      warning.code === "TAG_RESOLVE_FAILED"
        ? `Unknown YAML tag "${tag}": front matter values are plain text, remove the tag (put the value in quotes if it needs them).`
        : `Front matter YAML: ${warning.message.split("\n")[0]}: check this value.`,
      base + warning.pos[0],
      warning.code === "TAG_RESOLVE_FAILED" ? "yaml-unknown-tag" : "yaml-syntax",
    );
  }
  if (document.errors.length > 0) return none;
  const offsetOf = (path: readonly (string | number)[]): number | undefined => {
    const offset = valueOffset(document, path);
    return offset === undefined ? undefined : base + offset;
  };
  const contents = document.contents;
  if (contents !== null && !isMap(contents)) {
    report(
      file,
      "Front matter must be a list of `key: value` lines: write one `key: value` per line.",
      base + (contents.range?.[0] ?? 0),
      "front-matter-not-map",
    );
    return none;
  }

  const known: Record<string, unknown> = {};
  for (const pair of contents?.items ?? []) {
    const keyNode = pair.key;
    const keyOffset = base + ((keyNode as YamlNode | null)?.range?.[0] ?? 0);
    if (!isScalar(keyNode) || (typeof keyNode.value !== "string" && typeof keyNode.value !== "number")) {
      report(file, "Front matter keys are plain words: write `key: value`.", keyOffset, "front-matter-not-map");
      continue;
    }
    const key = String(keyNode.value);
    if (!FRONT_MATTER_KEYS.includes(key)) {
      const suggestion = closestWord(key, FRONT_MATTER_KEYS);
      report(
        file,
        `Unknown front matter key "${key}" is ignored${suggestion ? `; did you mean "${suggestion}"?` : `: remove it, or use one of the known keys ${FRONT_MATTER_KEYS.join(", ")}.`}`,
        keyOffset,
        "unknown-key",
        "warning",
      );
      continue;
    }
    known[key] = readValue(file, key, FIELD_KINDS[key], pair.value as YamlNode | null, base);
  }

  const result = frontMatterSchema.safeParse(known);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.map((part) => (typeof part === "symbol" ? String(part) : part));
      const name = path.join(".");
      const value = path.reduce<unknown>(
        (object, part) =>
          object !== null && typeof object === "object" ? (object as Record<string, unknown>)[part] : undefined,
        known,
      );
      const missing = issue.code === "invalid_type" && value === undefined;
      const parent = path.slice(0, -1);
      report(
        file,
        !missing
          ? issueText(issue)
          : parent.length === 0
            ? `Missing required front matter key "${name}": add a \`${name}: …\` line between the \`---\` lines.`
            : `Missing "${name}": add the line \`${String(path.at(-1))}: …\` under \`${parent.join(".")}:\`.`,
        missing ? (parent.length === 0 ? fence : (offsetOf(parent) ?? fence)) : (offsetOf(path) ?? fence),
        missing ? "missing-key" : "invalid-value",
      );
    }
    return { offsetOf };
  }
  checkMarkup(file, result.data, offsetOf);
  return { data: result.data, offsetOf };
}

/**
 * The value of a known key as the schema should see it: text as written, lists of text, booleans.
 * Reports scalars YAML reads as something else than what the key holds.
 */
function readValue(
  file: VFile,
  key: string,
  kind: (typeof FIELD_KINDS)[string] | "item" | undefined,
  node: YamlNode | null,
  base: number,
): unknown {
  if (node === null) return "";
  if (isSeq(node) && kind === "list") {
    return node.items.map((item) => readValue(file, key, "item", item as YamlNode | null, base));
  }
  if (isMap(node) && kind === "map") {
    return Object.fromEntries(
      node.items.map((pair) => {
        const name = isScalar(pair.key) ? String(pair.key.value) : "";
        return [name, readValue(file, `${key}.${name}`, undefined, pair.value as YamlNode | null, base)];
      }),
    );
  }
  if (!isScalar(node)) {
    return readShapedValue(file, key, kind, node, base, (path, scalar) =>
      readValue(file, path, undefined, scalar, base),
    );
  }
  const value: unknown = node.value;
  const source = node.source ?? "";
  const offset = base + (node.range?.[0] ?? 0);
  if (typeof value === "string") {
    // Exact positions inside plain scalars; quoted ones (escapes) are reported at their start.
    const exact = node.type === "PLAIN" && source === value;
    if (LONE_SURROGATE.test(value)) {
      report(
        file,
        `"${key}" holds a lone surrogate (an escape like \\uD800 that is half a character): write the character itself.`,
        offset,
        "control-character",
      );
    }
    const placeOf = (index: number) => (exact ? offset + index : offset);
    return cleanInvisible(file, cleanControls(file, value, placeOf, `"${key}": `), placeOf, `"${key}": `);
  }
  if (value === null && source === "") return "";
  if (kind === "boolean" && typeof value === "boolean") return value;
  if (kind === "date" && (typeof value === "number" || value instanceof Date)) return source;
  if (kind === "boolean") {
    report(
      file,
      `"${key}" must be true or false: write \`${key}: true\` or \`${key}: false\`.`,
      offset,
      "invalid-value",
    );
    return false;
  }
  const what =
    typeof value === "number"
      ? `the number ${String(value)}`
      : typeof value === "boolean"
        ? `the value ${String(value)}`
        : value === null
          ? "an empty value (null)"
          : "something other than text";
  report(
    file,
    `"${key}" is read by YAML as ${what}, not as the text ${JSON.stringify(source)}: put the value in quotes, \`${kind === "item" ? "-" : `${key}:`} "${source.replace(/["\\]/g, "\\$&")}"\`.`,
    offset,
    "yaml-not-text",
  );
  return source;
}

/** Text values that script conversion reads (the translated fields), and so must hold well-formed `-{…}-` markup. */
function checkMarkup(
  file: VFile,
  data: FrontMatter,
  offsetOf: (path: readonly (string | number)[]) => number | undefined,
): void {
  const record = data as Readonly<Record<string, unknown>>;
  for (const key of [...TRANSLATED_TEXTS, ...TRANSLATED_LISTS]) {
    const value = record[key];
    const values: [readonly (string | number)[], string][] =
      typeof value === "string"
        ? [[[key], value]]
        : Array.isArray(value)
          ? value.map((item: unknown, i): [(string | number)[], string] => [[key, i], String(item)])
          : [];
    for (const [path, text] of values) {
      const error = tokenizeMarkup(text).errors[0];
      if (error !== undefined) report(file, `"${key}": ${error.message}`, offsetOf(path), "conversion-markup");
    }
  }
  for (const [field, keys] of TRANSLATED_MAPS) {
    const map = record[field] as Readonly<Record<string, unknown>> | undefined;
    for (const key of keys) {
      const text = map?.[key];
      const error = typeof text === "string" ? tokenizeMarkup(text).errors[0] : undefined;
      if (error !== undefined) {
        report(file, `"${field}.${key}": ${error.message}`, offsetOf([field, key]), "conversion-markup");
      }
    }
  }
}

/** The key written on the line that holds `offset`. */
function keyAt(yaml: string, offset: number): string {
  const line = yaml.slice(yaml.lastIndexOf("\n", offset - 1) + 1).split("\n")[0] ?? "";
  return /^\s*([^:]*?)\s*:/.exec(line)?.[1] ?? line.trim();
}

function valueOffset(document: Document, path: readonly (string | number)[]): number | undefined {
  const node: unknown = document.getIn(path, true);
  if (node !== undefined && node !== null && typeof node === "object" && "range" in node) {
    const range = (node as { range?: [number, number, number] }).range;
    if (range) return range[0];
  }
  if (!isMap(document.contents)) return undefined;
  const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === path[0]);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}
