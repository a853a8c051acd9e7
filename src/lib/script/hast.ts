/** Script conversion of a hast tree: text nodes and human-readable attributes only. */
import type { Element, ElementContent, Root, RootContent } from "hast";
import type { ScriptConverter } from "./converter.ts";
import type { Script } from "./types.ts";

/** Elements whose content is never converted (and where `-{…}-` stays literal). */
const VERBATIM = new Set(["code", "pre", "kbd", "samp", "var", "script", "style"]);
/** Attributes that carry prose. URLs (href, src, cite…) are never touched. */
const PROSE_ATTRIBUTES = ["alt", "title", "ariaLabel"] as const;

type Visit = (text: string) => string;

/**
 * Returns converted copies of the trees and texts. Text may carry `-{…}-` markup, which is
 * resolved for `to`; `from === to` only resolves markup. Trees and texts (titles, headings…) go
 * to opencc in one batch: the trees are walked once to collect their texts and once to put the
 * results back.
 */
export function convertTrees<T extends Root | Element>(
  trees: readonly T[],
  converter: ScriptConverter,
  from: Script,
  to: Script,
  texts: readonly string[] = [],
): { trees: T[]; texts: string[] } {
  const collected = [...texts];
  const collect: Visit = (text) => {
    collected.push(text);
    return text;
  };
  for (const tree of trees) rebuild(tree, collect);
  const converted = converter.convertMany(collected, from, to);
  let next = texts.length;
  return {
    trees: trees.map((tree) => rebuild(tree, () => converted[next++] ?? "")),
    texts: converted.slice(0, texts.length),
  };
}

/** Copies the tree, replacing every convertible text (in document order) with `visit(text)`. */
function rebuild<T extends Root | RootContent>(node: T, visit: Visit): T {
  if (node.type === "text") return { ...node, value: visit(node.value) };
  if (node.type === "root") return { ...node, children: node.children.map((child) => rebuild(child, visit)) };
  if (node.type !== "element") return node;
  const properties = { ...node.properties };
  for (const name of PROSE_ATTRIBUTES) {
    const value = properties[name];
    if (typeof value === "string") properties[name] = visit(value);
  }
  const children: ElementContent[] = VERBATIM.has(node.tagName)
    ? node.children
    : node.children.map((child) => rebuild(child, visit));
  return { ...node, properties, children } satisfies Element as T;
}
