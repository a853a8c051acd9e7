/**
 * Front matter values whose shape is not what the key holds: a map (`key: value` lines or
 * `{…}`) or a list (`- …` lines or `[…]`) where text, a date or true/false is expected. Quotes would
 * not help there (the editor indented lines under the key, or wrote braces), so the advice is to
 * write the value on the key's line.
 */
import { isMap, isSeq, type Node as YamlNode } from "yaml";
import type { VFile } from "vfile";
import { report } from "./messages.ts";

/** Keys whose values are structured settings the schema reads whole. */
const STRUCTURED = /^conversion(\.|$)/;
/** Placeholder returned for a value reported here, so that the schema does not report it again. */
const REPORTED = "\u0000reported";

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
): unknown {
  if (kind === "list" || kind === "map" || STRUCTURED.test(key)) return node.toJSON();
  const offset = base + (node.range?.[0] ?? 0);
  const wanted =
    kind === "date" ? "a date" : kind === "boolean" ? "true or false" : kind === "item" ? "one text per item" : "text";
  const example =
    kind === "item" ? "`- …`" : `\`${key}: ${kind === "date" ? "2024-05-12" : kind === "boolean" ? "true" : "…"}\``;
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
  return kind === "boolean" ? false : kind === "date" ? "2000-01-01" : REPORTED;
}
