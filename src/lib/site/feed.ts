/** RSS items with the full article text, for one edition. */
import type { ArticleRecord, Section } from "../article/schema.ts";
import { readSections } from "../build/bodies.ts";
import type { Edition } from "./editions.ts";
import { authorsOf, sectionName } from "./news.ts";
import { articlePath } from "./paths.ts";

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

/** RSS items for articles (newest first) in one edition; `absolute` turns a site path into a URL. */
export function feedItems(
  articles: readonly ArticleRecord[],
  edition: Edition,
  absolute: (path: string) => string,
  origin: string,
) {
  return articles.slice(0, FEED_SIZE).flatMap((article) => {
    const header = article.editions[edition.id];
    if (header === undefined) return [];
    const link = absolute(articlePath(edition.id, article.slug));
    const authors = authorsOf(header);
    const section = sectionName(header);
    return {
      title: header.title,
      link,
      pubDate: new Date(article.date.length <= 10 ? `${article.date}T00:00:00Z` : article.date),
      description: header.summary,
      content: fullTextHtml(article, readSections(article, edition.id), edition, origin),
      ...(authors.length > 0 ? { author: authors.join("、") } : {}),
      categories: section === undefined ? [] : [section],
      customData: `<source url="${link}">${escapeMarkup(header.source)}</source>`,
    };
  });
}
