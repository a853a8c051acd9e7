/**
 * After the sanitizer: local images carry their resolved file (`data-np-src`, for the page layer's
 * image pipeline), one that will not be shown leaves its alt text, and an image alone in its
 * paragraph becomes a figure. Its title is the caption;
 * a credit follows a ` | ` (`![alt](./a.jpg "图说 | 摄影：张三")` → caption 图说, credit 摄影：张三).
 */
import type { Element, ElementContent, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { resolveImage } from "../image-file.ts";
import { report } from "../messages.ts";
import { LOST_PHOTO, type ArticleContext } from "./body.ts";

/** Separates caption and credit in an image title: a vertical bar, half- or full-width, with spaces around. */
export const CREDIT_SEPARATOR = /\s+[|｜]\s+/;

export function splitCaption(title: string): { caption: string; credit?: string } {
  const [caption = "", ...rest] = title.split(CREDIT_SEPARATOR);
  const credit = rest.join(" | ").trim();
  return credit === "" ? { caption: caption.trim() } : { caption: caption.trim(), credit };
}

const isBlank = (node: ElementContent) => node.type === "text" && node.value.trim() === "";

export const rehypeFigures: Plugin<[], Root> = () => (tree, file) => {
  const context = file.data.newsprint;
  const lost = new Set<Element>();
  visit(tree, "element", (node) => {
    if (node.tagName !== "img" || context === undefined) return;
    const path = photoOf(node, context, file);
    if (path === undefined) lost.add(node);
    else node.properties["dataNpSrc"] = path;
  });
  visit(tree, "element", (node, index, parent) => {
    if (node.tagName !== "p" || parent === undefined || index === undefined) return;
    const content = node.children.filter((child) => !isBlank(child));
    const image = content[0];
    if (content.length !== 1 || image?.type !== "element" || image.tagName !== "img") return;
    const title = typeof image.properties["title"] === "string" ? image.properties["title"].trim() : "";
    delete image.properties["title"];
    const children: ElementContent[] = [image];
    if (title !== "") {
      const { caption, credit } = splitCaption(title);
      const parts: ElementContent[] = [{ type: "text", value: caption }];
      if (credit !== undefined) {
        if (caption !== "") parts.push({ type: "text", value: " " });
        parts.push({
          type: "element",
          tagName: "span",
          properties: { className: ["np-credit"] },
          children: [{ type: "text", value: credit }],
        });
      }
      children.push({ type: "element", tagName: "figcaption", properties: {}, children: parts });
    }
    const figure: Element = { type: "element", tagName: "figure", properties: {}, children, position: node.position };
    parent.children[index] = figure;
  });
  // A photo that will not be shown leaves its alt text (its caption, if any, stays in the figure).
  visit(tree, "element", (node, index, parent) => {
    if (!lost.has(node) || parent === undefined || index === undefined) return;
    const alt = typeof node.properties["alt"] === "string" ? node.properties["alt"] : "";
    if (alt.trim() === "") {
      parent.children.splice(index, 1);
      return index;
    }
    parent.children[index] = {
      type: "element",
      tagName: "span",
      properties: { className: ["np-photo-lost"] },
      children: [{ type: "text", value: alt }],
    };
    return undefined;
  });
};

/**
 * The file of a body image, or undefined when it will not be shown. Markdown images were checked
 * by remarkCheckImages; an <img> written in HTML is checked here, by the same resolver.
 */
function photoOf(node: Element, context: ArticleContext, file: VFile): string | undefined {
  const src = node.properties["src"];
  if (src === LOST_PHOTO) return undefined;
  if (typeof src !== "string" || src.trim() === "") {
    report(
      file,
      "This image has no address the site can show (an unsafe one was removed): the page shows its alt text instead. Save the photo next to the article and write its name, e.g. ./photo.jpg.",
      node.position?.start,
      "image-scheme",
      "warning",
    );
    return undefined;
  }
  const known = context.images.get(src);
  if (known !== undefined) return known;
  const resolved = resolveImage(src, context, undefined, (path) => context.fileExists(path));
  if ("problem" in resolved) {
    // Pasted HTML often names files that were never saved (`<img src="x">`): a warning, the alt text shown.
    const { message, ruleId, severity } = resolved.problem;
    report(file, message, node.position?.start, ruleId, ruleId === "image-missing" ? "warning" : severity);
    return undefined;
  }
  context.images.set(src, resolved.path);
  const at = node.position?.start;
  if (at !== undefined) context.imagesAt.push({ path: resolved.path, line: at.line, column: at.column });
  return resolved.path;
}
