/**
 * After the sanitizer: news tables and bare addresses. Cells that hold a number (22,845.1, +1.39%,
 * (12.5), 3.2億) are right-aligned with `align`, so that feeds and print align them too, and a
 * column whose body cells are all numbers gets its header aligned the same way. A link whose text
 * is its own address is marked `np-url`, so that the page can break it anywhere instead of
 * stretching the justified line before it.
 */
import type { Element, Root } from "hast";
import { toString as hastText } from "hast-util-to-string";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

const NUMBER = /^[+\-−±]?\s*[(（]?[A-Z]{0,3}[$¥€£]?\s*[+\-−]?\d[\d,，.]*\s*[%％‰]?[)）]?[萬万億亿兆元倍點点]?$/u;

export function isNumeric(text: string): boolean {
  return NUMBER.test(text.trim());
}

const cellsOf = (row: Element) =>
  row.children.filter(
    (child): child is Element => child.type === "element" && (child.tagName === "td" || child.tagName === "th"),
  );

function alignTable(table: Element): void {
  const rows: Element[] = [];
  visit(table, "element", (node) => {
    if (node.tagName === "tr") rows.push(node);
    if (node.tagName === "table" && node !== table) return "skip";
    return undefined;
  });
  const spans = rows.some((row) =>
    cellsOf(row).some((cell) => cell.properties["colSpan"] || cell.properties["rowSpan"]),
  );
  const numericColumns = new Map<number, boolean>();
  for (const row of rows) {
    cellsOf(row).forEach((cell, column) => {
      if (cell.tagName !== "td") return;
      const text = hastText(cell);
      const numeric = isNumeric(text);
      if (numeric && cell.properties["align"] === undefined) cell.properties["align"] = "right";
      if (text.trim() !== "") numericColumns.set(column, (numericColumns.get(column) ?? true) && numeric);
    });
  }
  if (spans) return;
  for (const row of rows) {
    cellsOf(row).forEach((cell, column) => {
      if (cell.tagName === "th" && numericColumns.get(column) === true && cell.properties["align"] === undefined) {
        cell.properties["align"] = "right";
      }
    });
  }
}

const PREFIX = "user-content-";
const DOUBLE_PREFIX = PREFIX + PREFIX;

declare module "vfile" {
  interface DataMap {
    /** Footnotes numbered and sections run so far in this article (sections are converted one by one). */
    newsprintNotes: { count: number; runs: number };
  }
}

/** Numbers footnotes through the whole article, not per section, and keeps each section's ids apart. */
function numberFootnotes(tree: Root, file: VFile): void {
  const state = (file.data.newsprintNotes ??= { count: 0, runs: 0 });
  const run = ++state.runs;
  const offset = state.count;
  const label = `${PREFIX}footnote-label`;
  visit(tree, "element", (node) => {
    if (node.properties["dataFootnoteRef"] !== undefined) {
      const number = Number(hastText(node));
      if (Number.isInteger(number)) {
        node.children = [{ type: "text", value: String(offset + number) }];
        state.count = Math.max(state.count, offset + number);
      }
    }
    if (run > 1 && node.properties["id"] === label) node.properties["id"] = `${label}-${run}`;
    if (run > 1 && node.properties["ariaDescribedBy"] !== undefined)
      node.properties["ariaDescribedBy"] = [`${label}-${run}`];
    if (node.tagName === "section" && node.properties["dataFootnotes"] !== undefined) {
      const list = node.children.find((child): child is Element => child.type === "element" && child.tagName === "ol");
      if (list && offset > 0) list.properties["start"] = offset + 1;
    }
  });
}

export const rehypeNewsMarkup: Plugin<[], Root> = () => (tree, file) => {
  numberFootnotes(tree, file);
  visit(tree, "element", (node) => {
    if (node.tagName === "table") alignTable(node);
    // Footnote ids are prefixed by remark-rehype and again by the sanitizer: once is what their links say.
    const id = node.properties["id"];
    if (typeof id === "string" && id.startsWith(DOUBLE_PREFIX)) node.properties["id"] = id.slice(PREFIX.length);
    if (node.tagName === "a") {
      const href = node.properties["href"];
      const text = hastText(node).trim();
      if (typeof href === "string" && text.length > 20 && /^(https?:\/\/|www\.|mailto:)/i.test(text)) {
        const classes = node.properties["className"];
        node.properties["className"] = [...(Array.isArray(classes) ? classes : []), "np-url"];
      }
    }
  });
};
