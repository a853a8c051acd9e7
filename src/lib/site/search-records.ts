/**
 * Search index records. Pagefind does not match across scripts, so one record per article holds
 * its text folded to Simplified; the browser folds the query the same way and links the result to
 * the reader's script.
 */
import type { ArticleRecord, EditionHeader, Section } from "../article/schema.ts";

export type SearchRecord = {
  readonly slug: string;
  readonly date: string;
  /** Text of the Simplified edition, title and source first: what is indexed, as words (search-index.ts). */
  readonly content: string;
  readonly title: Readonly<{ hans: string; hant: string }>;
  readonly summary: Readonly<{ hans: string; hant: string }>;
};

/** @param body the sections of the Simplified edition */
export function searchRecord(article: ArticleRecord, body: readonly Section[]): SearchRecord {
  const { hans, hant } = article.editions;
  return {
    slug: article.slug,
    date: article.date,
    content: plainText(hans, body),
    title: { hans: hans.title, hant: hant.title },
    summary: { hans: hans.summary, hant: hant.summary },
  };
}

function plainText(edition: EditionHeader, sections: readonly Section[]): string {
  const body = sections.map((section) => `${section.heading ?? ""}\n${stripTags(section.html)}`);
  return [edition.title, edition.source, ...body].join("\n");
}

function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, " ")
    .replace(/\s+/g, " ");
}
