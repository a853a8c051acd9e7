/**
 * After the sanitizer: local images carry their resolved file (`data-np-src`, for the page layer's
 * image pipeline), and an image alone in its paragraph becomes a figure. Its title is the caption;
 * a credit follows a ` | ` (`![alt](./a.jpg "图说 | 摄影：张三")` → caption 图说, credit 摄影：张三).
 */
import type { Element, ElementContent, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

/** Separates caption and credit in an image title: a vertical bar, half- or full-width, with spaces around. */
export const CREDIT_SEPARATOR = /\s+[|｜]\s+/;

export function splitCaption(title: string): { caption: string; credit?: string } {
  const [caption = "", ...rest] = title.split(CREDIT_SEPARATOR);
  const credit = rest.join(" | ").trim();
  return credit === "" ? { caption: caption.trim() } : { caption: caption.trim(), credit };
}

const isBlank = (node: ElementContent) => node.type === "text" && node.value.trim() === "";

export const rehypeFigures: Plugin<[], Root> = () => (tree, file) => {
  const images = file.data.newsprint?.images;
  visit(tree, "element", (node) => {
    if (node.tagName !== "img" || images === undefined) return;
    const src = node.properties["src"];
    const path = typeof src === "string" ? images.get(src) : undefined;
    if (path !== undefined) node.properties["dataNpSrc"] = path;
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
};
