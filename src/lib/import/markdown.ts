/** Renders an article in the project's Markdown format. */
import { stringify } from "yaml";
import type { Block } from "./structure.ts";

export type FrontMatter = {
  title: string;
  date?: string;
  source: string;
  author?: string;
  breadcrumb?: string[];
  reprintedFrom?: string;
  script: "hans" | "hant";
};

/** Escapes what Markdown would otherwise interpret, so the text renders as written. */
export function escapeMarkdown(text: string): string {
  const escaped = text.replace(/[\\`*_[\]<>|~]/g, "\\$&").replace(/&(?=#?\w+;)/g, "&amp;");
  return escaped.replace(/^(\s*)([#+\-=])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

export function renderArticle(front: FrontMatter, blocks: readonly Block[]): string {
  const data: Record<string, unknown> = { title: front.title };
  if (front.date) data["date"] = front.date;
  data["source"] = front.source;
  if (front.author) data["author"] = front.author;
  if (front.breadcrumb && front.breadcrumb.length > 0) data["breadcrumb"] = front.breadcrumb;
  if (front.reprintedFrom) data["reprintedFrom"] = front.reprintedFrom;
  data["script"] = front.script;
  const yaml = stringify(data, { lineWidth: 0 });
  const body = blocks.map((b) => (b.kind === "heading" ? `## ${escapeMarkdown(b.text)}` : escapeMarkdown(b.text)));
  return `---\n${yaml}---\n\n${body.join("\n\n")}\n`;
}
