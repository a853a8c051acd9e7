/** Script conversion of a hast tree: text nodes and human-readable attributes only. */
import type { Element, ElementContent, Root, RootContent } from "hast";
import type { ScriptConverter } from "./converter.ts";
import type { Script } from "./types.ts";

/** Elements whose content is never converted (and where `-{…}-` stays literal). */
const VERBATIM = new Set(["code", "pre", "kbd", "samp", "var", "script", "style"]);
/** Attributes that carry prose. URLs (href, src, cite…) are never touched. */
const PROSE_ATTRIBUTES = ["alt", "title", "ariaLabel"] as const;

/**
 * Returns a converted copy of the tree. Text nodes may carry `-{…}-` markup, which is
 * resolved for `to`; `from === to` only resolves markup.
 */
export function convertTree<T extends Root | Element>(
  tree: T,
  converter: ScriptConverter,
  from: Script,
  to: Script,
): T {
  const convert = (text: string): string => converter.convertMarked(text, from, to);
  return convertNode(tree, convert) as T;
}

function convertNode<T extends Root | RootContent>(node: T, convert: (text: string) => string): T {
  if (node.type === "text") return { ...node, value: convert(node.value) };
  if (node.type === "root") return { ...node, children: node.children.map((child) => convertNode(child, convert)) };
  if (node.type !== "element") return node;
  const properties = { ...node.properties };
  for (const name of PROSE_ATTRIBUTES) {
    const value = properties[name];
    if (typeof value === "string") properties[name] = convert(value);
  }
  const children: ElementContent[] = VERBATIM.has(node.tagName)
    ? node.children
    : node.children.map((child) => convertNode(child, convert));
  return { ...node, properties, children } satisfies Element as T;
}
