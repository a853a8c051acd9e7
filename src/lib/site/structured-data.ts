/** schema.org NewsArticle JSON-LD for an article page. */
import type { ArticleRecord } from "../article/schema.ts";
import type { Edition } from "./editions.ts";
import { authorsOf, sectionName, updatedOf } from "./news.ts";

/** @param image absolute URL of the lead photo, if the article has one */
export function newsArticleJsonLd(article: ArticleRecord, target: Edition, url: string, image?: string): string {
  const edition = article.editions[target.id];
  if (edition === undefined) throw new Error(`${article.file} has no ${target.id} edition.`);
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: edition.title,
    description: edition.summary,
    datePublished: article.date,
    ...(updatedOf(article) ? { dateModified: updatedOf(article) } : {}),
    ...(image ? { image: [image] } : {}),
    inLanguage: target.lang,
    url,
    mainEntityOfPage: url,
    ...(authorsOf(edition).length > 0
      ? { author: authorsOf(edition).map((name) => ({ "@type": "Person", name })) }
      : {}),
    sourceOrganization: { "@type": "Organization", name: edition.source },
    publisher: { "@type": "Organization", name: target.siteName },
    ...(sectionName(edition) ? { articleSection: sectionName(edition) } : {}),
    ...(edition.reprintedFrom || article.originalUrl
      ? {
          isBasedOn: {
            "@type": "CreativeWork",
            ...(edition.reprintedFrom ? { name: edition.reprintedFrom } : {}),
            ...(article.originalUrl ? { url: article.originalUrl } : {}),
          },
        }
      : {}),
  };
  // "<" is escaped so that no text can close the script element.
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
