/** schema.org NewsArticle JSON-LD for an article page. */
import type { ArticleRecord } from "../article/schema.ts";
import type { Edition } from "./editions.ts";

export function newsArticleJsonLd(article: ArticleRecord, target: Edition, url: string): string {
  const edition = article.editions[target.id];
  if (edition === undefined) throw new Error(`${article.file} has no ${target.id} edition.`);
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: edition.title,
    description: edition.summary,
    datePublished: article.date,
    inLanguage: target.lang,
    url,
    mainEntityOfPage: url,
    ...(edition.author ? { author: { "@type": "Person", name: edition.author } } : {}),
    sourceOrganization: { "@type": "Organization", name: edition.source },
    publisher: { "@type": "Organization", name: target.siteName },
    ...(edition.breadcrumb.length > 0 ? { articleSection: edition.breadcrumb.at(-1) } : {}),
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
