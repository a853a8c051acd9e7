/** Renders an article in the project's Markdown format. */
import { stringify } from "yaml";
import { IMPORTED_FIELDS, writtenValue, type FrontMatter } from "./front-matter.ts";
import type { Block } from "./structure.ts";

/** Escapes what Markdown would otherwise interpret, so the text renders as written. */
export function escapeMarkdown(text: string): string {
  const escaped = text.replace(/[\\`*_[\]<>|~]/g, "\\$&").replace(/&(?=#?\w+;)/g, "&amp;");
  return escaped.replace(/^(\s*)([#+\-=])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/** A caption as an image title: inside double quotes, so `"` and `\` are escaped. */
function imageTitle(text: string): string {
  return text.replace(/[\\"]/g, "\\$&");
}

function renderBlock(block: Block): string {
  if (block.kind === "heading") return `## ${escapeMarkdown(block.text)}`;
  if (block.kind === "subheading") return `### ${escapeMarkdown(block.text)}`;
  if (block.kind === "image")
    return `![${escapeMarkdown(block.text)}](${encodeURI(block.src ?? "")} "${imageTitle(block.text)}")`;
  return escapeMarkdown(block.text);
}

export type Rendered = { markdown: string; /** Line of each block in the Markdown (1-based). */ blockLines: number[] };

export function renderArticle(front: FrontMatter, blocks: readonly Block[]): Rendered {
  const data: Record<string, unknown> = {};
  for (const name of IMPORTED_FIELDS) {
    const value = writtenValue(name, front[name]);
    if (value !== undefined) data[name] = value;
  }
  const yaml = stringify(data, { lineWidth: 0 });
  const body = blocks.map(renderBlock);
  const blockLines: number[] = [];
  let line = yaml.split("\n").length + 3; // "---", the YAML lines and its final newline, "---", a blank line
  for (const rendered of body) {
    blockLines.push(line);
    line += rendered.split("\n").length + 1;
  }
  return { markdown: `---\n${yaml}---\n\n${body.join("\n\n")}\n`, blockLines };
}
