import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getCollection } from "astro:content";
import { readSections } from "../../lib/build/bodies.ts";
import type { Edition } from "../../lib/site/editions.ts";
import { escapeMarkup, FEED_SIZE, fullTextHtml } from "../../lib/site/feed.ts";
import { articlePath, indexPath, withBase } from "../../lib/site/paths.ts";
import { editionPaths, newestFirst } from "../../lib/site/routes.ts";

export function getStaticPaths() {
  return editionPaths();
}

export async function GET(context: APIContext) {
  const edition = context.props["edition"] as Edition;
  const site = context.site ?? new URL("http://localhost:4321");
  const absolute = (path: string) => new URL(withBase(import.meta.env.BASE_URL, path), site).href;
  const articles = newestFirst(await getCollection("articles")).slice(0, FEED_SIZE);
  return rss({
    title: `${edition.siteName} · ${edition.ui.latest}`,
    description: edition.description,
    site: absolute(indexPath(edition.id)),
    customData: `<language>${edition.lang}</language>`,
    items: articles.flatMap((article) => {
      const header = article.editions[edition.id];
      if (header === undefined) return [];
      const link = absolute(articlePath(edition.id, article.slug));
      return {
        title: header.title,
        link,
        pubDate: new Date(`${article.date}T00:00:00Z`),
        description: header.summary,
        content: fullTextHtml(article, readSections(article, edition.id), edition, site.origin),
        ...(header.author ? { author: header.author } : {}),
        categories: header.breadcrumb.slice(-1),
        customData: `<source url="${link}">${escapeMarkup(header.source)}</source>`,
      };
    }),
  });
}
