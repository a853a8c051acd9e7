/** RSS items with the full article text, for one script. */
import type { ArticleRecord, Section } from "../article/schema.ts";
import type { Script } from "../script/types.ts";
import { STRINGS } from "./strings.ts";

export const FEED_SIZE = 50;

/** Article body as one HTML fragment, with root-relative URLs made absolute for feed readers. */
export function fullTextHtml(article: ArticleRecord, body: readonly Section[], script: Script, origin: string): string {
  const edition = article.editions[script];
  const sections = body.map(
    (section) => `${section.heading ? `<h2>${escapeMarkup(section.heading)}</h2>\n` : ""}${section.html}`,
  );
  const reprint = edition.reprintedFrom
    ? `\n<p>${escapeMarkup(STRINGS[script].reprintedFrom(edition.reprintedFrom))}</p>`
    : "";
  return (sections.join("\n") + reprint).replace(/\b(href|src)="\/(?!\/)/g, `$1="${origin}/`);
}

/** Escapes text for HTML or XML content and attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
