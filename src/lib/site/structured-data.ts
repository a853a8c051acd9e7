/** schema.org NewsArticle JSON-LD for an article page. */
import type { ArticleRecord } from "../article/schema.ts";
import { LANG_TAG, type Script } from "../script/types.ts";

export function newsArticleJsonLd(article: ArticleRecord, script: Script, url: string, siteName: string): string {
  const edition = article.editions[script];
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: edition.title,
    description: edition.summary,
    datePublished: article.date,
    inLanguage: LANG_TAG[script],
    url,
    mainEntityOfPage: url,
    ...(edition.author ? { author: { "@type": "Person", name: edition.author } } : {}),
    sourceOrganization: { "@type": "Organization", name: edition.source },
    publisher: { "@type": "Organization", name: siteName },
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
