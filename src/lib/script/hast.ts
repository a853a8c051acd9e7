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
 * Returns a converted copy of the tree. Text nodes may carry `-{…}-` markup, which is
 * resolved for `to`; `from === to` only resolves markup. All texts of the tree are converted
 * in one batch: the tree is walked once to collect them and once to put the results back.
 */
export function convertTree<T extends Root | Element>(
  tree: T,
  converter: ScriptConverter,
  from: Script,
  to: Script,
): T {
  const texts: string[] = [];
  rebuild(tree, (text) => {
    texts.push(text);
    return text;
  });
  const converted = converter.convertMany(texts, from, to);
  let next = 0;
  return rebuild(tree, () => converted[next++] ?? "");
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
