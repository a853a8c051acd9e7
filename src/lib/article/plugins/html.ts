/**
 * Checks around raw HTML and the text readers get, run in the Markdown → safe HTML pipeline
 * (see ../markdown.ts): no Markdown text may vanish into raw HTML the sanitizer removes, text
 * written inside removed HTML is named, and what is left holds no control character and only
 * well-formed `-{…}-` markup.
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from "hast";
import { toString as hastText } from "hast-util-to-string";
import type { Root as MdastRoot } from "mdast";
import type { Plugin } from "unified";
import type { Point } from "unist";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { joinMarkupAcrossElements, tokenizeMarkup } from "../../script/markup.ts";
import { cleanControls } from "../guards.ts";
import { report } from "../messages.ts";
import { STRIP_WITH_CONTENT } from "../sanitize.ts";

type Piece = { readonly text: string; readonly offset: number };
type RawHtml = { readonly value: string; readonly offset: number };

declare module "vfile" {
  interface DataMap {
    /** Markdown text of the section being converted, and its raw HTML, in order. */
    newsprintSection: {
      pieces: Piece[];
      html: RawHtml[];
      /** Text inside elements the sanitizer removes with their content (already reported, or code). */
      removed: string;
      /** Whether raw HTML that swallows the rest of the section was reported. */
      unclosed: boolean;
    };
  }
}

const squeeze = (text: string) => text.replace(/\s+/g, "");

/**
 * First in the pipeline, on mdast: remembers the section's text and raw HTML, and reports raw HTML
 * that opens an element whose content the sanitizer removes (or that turns the rest into raw text:
 * <style>, <textarea>, <title>, <iframe>…) and that nothing later in the section closes.
 */
export const remarkRememberText: Plugin<[], MdastRoot> = () => (tree, file) => {
  const html: RawHtml[] = [];
  const texts: { value: string; offset: number }[] = [];
  visit(tree, (node) => {
    const offset = node.position?.start.offset ?? 0;
    if (node.type === "html") html.push({ value: node.value, offset });
    else if (node.type === "text" || node.type === "inlineCode" || node.type === "code") {
      texts.push({ value: node.value, offset });
    }
  });
  // Without raw HTML no text can vanish: the checks after the sanitizer have nothing to compare.
  const pieces: Piece[] = [];
  if (html.length > 0) {
    for (const { value, offset } of texts) {
      const text = squeeze(value);
      if (text !== "") pieces.push({ text, offset });
    }
  }
  let unclosed = false;
  if (html.length > 0) {
    // Closing tags per node (last offset of each name), and which names close at or after each node.
    const closes = html.map((node) => {
      const last = new Map<string, number>();
      for (const match of node.value.matchAll(CLOSING)) last.set((match[1] ?? "").toLowerCase(), match.index);
      return last;
    });
    const later: Set<string>[] = [];
    const seen = new Set<string>();
    for (let index = html.length - 1; index >= 0; index--) {
      later[index] = new Set(seen);
      for (const name of closes[index]?.keys() ?? []) seen.add(name);
    }
    const reported = new Set<string>();
    for (const [index, node] of html.entries()) {
      let end = -1;
      for (const match of node.value.matchAll(SWALLOWING)) {
        const name = (match[1] ?? "").toLowerCase();
        // The tag's end, found once for all the starts before it: linear however the tags are written.
        if (end < match.index) end = node.value.indexOf(">", match.index);
        if (end !== -1 && node.value[end - 1] === "/") continue;
        if ((closes[index]?.get(name) ?? -1) > match.index || later[index]?.has(name) || reported.has(name)) continue;
        reported.add(name);
        unclosed = true;
        report(
          file,
          `Raw HTML <${name}> here is not closed, so the text after it would disappear from the page: close it with </${name}>, or remove it.`,
          node.offset + match.index,
          "html-unclosed",
        );
      }
    }
  }
  file.data.newsprintSection = { pieces, html, removed: "", unclosed };
};

const CLOSING = /<\/([a-z][a-z0-9-]*)\s*>/gi;

/** Code and styling: removed with their content on purpose, nothing to tell the editor. */
const SILENT = new Set(["script", "style"]);

/** After rehype-raw, before the sanitizer: names raw HTML removed with the text inside it. */
export const rehypeReportRemoved: Plugin<[], HastRoot> = () => (tree, file) => {
  const section = file.data.newsprintSection;
  visit(tree, "element", (node) => {
    if (!STRIP_WITH_CONTENT.includes(node.tagName) && !SILENT.has(node.tagName)) return;
    const inside = squeeze(hastText(node) + (node.content ? hastText(node.content) : ""));
    if (section !== undefined) section.removed += inside;
    if (inside === "" || SILENT.has(node.tagName) || section?.unclosed === true) return "skip";
    report(
      file,
      `Raw HTML <${node.tagName}> is removed with everything in it ("${excerpt(inside)}"): write text that readers should see as ordinary Markdown.`,
      node.position?.start,
      "html-removed",
      "warning",
    );
    return "skip";
  });
};

/** Elements whose unclosed start tag turns the rest of the section into their content. */
const SWALLOWING =
  /<(style|script|textarea|title|noscript|template|iframe|xmp|noembed|noframes|plaintext|svg|math|object|select)\b/gi;

/** After the sanitizer: every piece of Markdown text is still there; else the raw HTML before it is to blame. */
export const rehypeCheckLostText: Plugin<[], HastRoot> = () => (tree, file) => {
  const section = file.data.newsprintSection;
  if (section === undefined || section.pieces.length === 0 || section.unclosed) return;
  const kept = squeeze(hastText(tree));
  let cursor = 0;
  for (const piece of section.pieces) {
    let found = kept.indexOf(piece.text, cursor);
    if (found === -1) found = kept.indexOf(piece.text);
    if (found !== -1) {
      cursor = found + piece.text.length;
      continue;
    }
    // Inside an element removed with its content: reported as html-removed (or code, on purpose).
    if (section.removed.includes(piece.text)) continue;
    const culprit = section.html.findLast((html) => html.offset < piece.offset);
    report(
      file,
      `Raw HTML here hides the Markdown text after it ("${excerpt(piece.text)}" would disappear): close its tags, or remove it.`,
      culprit?.offset ?? piece.offset,
      "html-hides-text",
    );
    return;
  }
};

const excerpt = (text: string) => ([...text].length > 20 ? `${[...text].slice(0, 20).join("")}…` : text);

/** Elements and attributes that script conversion reads, as in src/lib/script/hast.ts. */
const VERBATIM = new Set(["code", "pre", "kbd", "samp", "var", "script", "style"]);
const PROSE_ATTRIBUTES = ["alt", "title", "ariaLabel"] as const;

/**
 * After the sanitizer: control characters that character references (`&#1;`) put in text or
 * attributes, and bad `-{…}-` markup wherever the converter will read.
 */
export const rehypeCheckText: Plugin<[], HastRoot> = () => (tree, file) => {
  joinMarkupAcrossElements(tree);
  const source = String(file.value);
  const walk = (node: HastRoot | HastContent, parent: Point | undefined): void => {
    const at = node.position?.start ?? parent;
    const offset = at?.offset;
    if (node.type === "text") {
      const end = node.position?.end.offset;
      // Whether the text is the source as typed (no references or escapes): then offsets inside it are exact.
      const exact = () => offset !== undefined && end !== undefined && source.slice(offset, end) === node.value;
      node.value = cleanControls(file, node.value, (index) =>
        offset === undefined ? undefined : exact() ? offset + index : offset,
      );
      // A character reference to no character (`&#0;`, `&#xD800;`) reads as U+FFFD; typed ones were reported before parsing.
      if (node.value.includes("\uFFFD") && !source.includes("\uFFFD") && !exact()) {
        report(
          file,
          'A character reference here (such as &#0;) names no valid character and would show as "\uFFFD": remove it or write the character itself.',
          at,
          "invalid-character-reference",
        );
      }
      checkMarkup(file, node.value, (index) => (offset !== undefined && exact() ? offset + index : at));
      return;
    }
    if (node.type !== "element" && node.type !== "root") return;
    if (node.type === "element") {
      checkAttributes(file, node, at);
      if (VERBATIM.has(node.tagName)) return;
    }
    for (const child of node.children) walk(child, at);
  };
  walk(tree, undefined);
};

function checkAttributes(file: VFile, node: Element, at: Point | undefined): void {
  for (const [name, value] of Object.entries(node.properties)) {
    if (typeof value !== "string") continue;
    const cleaned = cleanControls(file, value, () => at?.offset);
    if (cleaned !== value) node.properties[name] = cleaned;
    if ((PROSE_ATTRIBUTES as readonly string[]).includes(name)) checkMarkup(file, cleaned, () => at);
  }
}

function checkMarkup(file: VFile, value: string, place: (index: number) => number | Point | undefined): void {
  if (!value.includes("-{") && !value.includes("}-")) return;
  for (const error of tokenizeMarkup(value).errors)
    report(file, error.message, place(error.offset), "conversion-markup");
}
