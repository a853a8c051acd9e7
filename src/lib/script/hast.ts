/** Script conversion of a hast tree: text nodes and human-readable attributes only. */
import type { Element, ElementContent, Root, RootContent } from "hast";

/** Elements whose content is never converted (and where `-{…}-` stays literal). */
const VERBATIM = new Set(["code", "pre", "kbd", "samp", "var", "script", "style"]);
/** Attributes that carry prose. URLs (href, src, cite…) are never touched. */
const PROSE_ATTRIBUTES = ["alt", "title", "ariaLabel"] as const;

type Visit = (text: string) => string;

/**
 * Script conversion in two steps, so that callers can send the texts of many trees (and of many
 * articles) to opencc at once: `collectTexts` lists what to convert, in document order, after the
 * given loose texts (titles, headings…); `applyTexts` returns copies of the trees with the
 * converted texts put back. Text may carry `-{…}-` markup, resolved by the converter.
 */
export function collectTexts(trees: readonly (Root | Element)[], texts: readonly string[] = []): string[] {
  const collected = [...texts];
  for (const tree of trees) walk(tree, (text) => collected.push(text));
  return collected;
}

/** Calls `visit` with every convertible text of the tree, in the order `rebuild` replaces them. */
function walk(node: Root | RootContent, visit: (text: string) => void): void {
  if (node.type === "text") return visit(node.value);
  if (node.type === "root") return node.children.forEach((child) => walk(child, visit));
  if (node.type !== "element") return;
  for (const name of PROSE_ATTRIBUTES) {
    const value = node.properties[name];
    if (typeof value === "string") visit(value);
  }
  if (!VERBATIM.has(node.tagName)) node.children.forEach((child) => walk(child, visit));
}

/** @param converted what `collectTexts(trees, texts)` listed, converted, in the same order */
export function applyTexts<T extends Root | Element>(
  trees: readonly T[],
  converted: readonly string[],
  textCount: number,
): { trees: T[]; texts: string[] } {
  let next = textCount;
  return {
    trees: trees.map((tree) => rebuild(tree, () => converted[next++] ?? "")),
    texts: converted.slice(0, textCount),
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
