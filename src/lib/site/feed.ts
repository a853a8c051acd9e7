/** RSS items with the full article text, for one edition. */
import type { ArticleRecord, Section } from "../article/schema.ts";
import type { Edition } from "./editions.ts";

export const FEED_SIZE = 50;

/** Article body as one HTML fragment, with root-relative URLs made absolute for feed readers. */
export function fullTextHtml(
  article: ArticleRecord,
  body: readonly Section[],
  edition: Edition,
  origin: string,
): string {
  const header = article.editions[edition.id];
  const sections = body.map(
    (section) => `${section.heading ? `<h2>${escapeMarkup(section.heading)}</h2>\n` : ""}${section.html}`,
  );
  const reprint = header?.reprintedFrom
    ? `\n<p>${escapeMarkup(edition.ui.reprintedFrom(header.reprintedFrom))}</p>`
    : "";
  return (sections.join("\n") + reprint).replace(/\b(href|src)="\/(?!\/)/g, `$1="${origin}/`);
}

/** Escapes text for HTML or XML content and attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
