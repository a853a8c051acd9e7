/**
 * Front matter values whose shape is not what the key holds: a map (`key: value` lines or
 * `{…}`) or a list (`- …` lines or `[…]`) where text, a date or true/false is expected. Quotes would
 * not help there (the editor indented lines under the key, or wrote braces), so the advice is to
 * write the value on the key's line.
 */
import { isAlias, isMap, isScalar, isSeq, type Node as YamlNode } from "yaml";
import type { VFile } from "vfile";
import { report } from "./messages.ts";

/** Keys whose values are structured settings the schema reads whole. */
const STRUCTURED = /^conversion(\.|$)/;
/** Placeholder returned for a value reported here, so that the schema does not report it again. */
const REPORTED = "\u0000reported";
/** Placeholder for a date reported here: checks across dates (update-order.ts) skip it. */
export const REPORTED_DATE = "1970-01-01";

/** Reads one scalar of a structured value (checks and cleans text as any front matter value). */
export type ScalarReader = (key: string, node: YamlNode) => unknown;

/**
 * The value of a map or list node as the schema should see it: as is where the key holds a list or
 * a map (the schema explains a wrong one), else reported and replaced by a placeholder.
 */
export function readShapedValue(
  file: VFile,
  key: string,
  kind: "date" | "list" | "boolean" | "map" | "item" | undefined,
  node: YamlNode,
  base: number,
  readScalar: ScalarReader,
): unknown {
  const offset = base + (node.range?.[0] ?? 0);
  if (isAlias(node)) {
    report(
      file,
      `"${key}" refers to another value (\`*${node.source}\`, a YAML alias): write the value itself here; front matter does not use anchors and aliases.`,
      offset,
      "yaml-alias",
    );
    return kind === "list" ? [] : kind === "map" ? undefined : placeholder(kind);
  }
  if (STRUCTURED.test(key)) return readStructure(key, node, readScalar);
  if (kind === "list" || kind === "map") return node.toJSON();
  const wanted =
    kind === "date" ? "a date" : kind === "boolean" ? "true or false" : kind === "item" ? "one text per item" : "text";
  const name = key.split(".").at(-1) ?? key;
  const example =
    kind === "item" ? "`- …`" : `\`${name}: ${kind === "date" ? "2024-05-12" : kind === "boolean" ? "true" : "…"}\``;
  const shape = isMap(node)
    ? "holds `key: value` pairs (YAML reads a map)"
    : isSeq(node)
      ? "holds a list (lines starting with `-`, or [ ])"
      : "holds something YAML cannot read as text";
  const also =
    key === "author" && isSeq(node)
      ? " For several authors, rename the key to `authors:`."
      : isMap(node)
        ? ' If the text itself contains ": ", put the whole text in quotes.'
        : "";
  report(
    file,
    kind === "item"
      ? `"${key}" has an item that ${shape}, where one text per item is expected: write each item as text on its own line, ${example}.${also}`
      : `"${key}" ${shape}, where ${wanted} is expected: write the value on the same line as the key, ${example}.${also}`,
    offset,
    "yaml-not-text",
  );
  return placeholder(kind);
}

const placeholder = (kind: string | undefined): unknown =>
  kind === "boolean" ? false : kind === "date" ? REPORTED_DATE : REPORTED;

/** A structured value with every scalar read by `readScalar`, so that its texts are checked too. */
function readStructure(key: string, node: YamlNode, readScalar: ScalarReader): unknown {
  if (isMap(node)) {
    return Object.fromEntries(
      node.items.map((pair) => {
        const name = isScalar(pair.key) ? String(pair.key.value) : "";
        const value = pair.value as YamlNode | null;
        return [name, value === null ? "" : readStructure(`${key}.${name}`, value, readScalar)];
      }),
    );
  }
  if (isSeq(node)) {
    return node.items.map((item) => (item === null ? "" : readStructure(key, item as YamlNode, readScalar)));
  }
  return isScalar(node) ? readScalar(key, node) : node.toJSON();
}
