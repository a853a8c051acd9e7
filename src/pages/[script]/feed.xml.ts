import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getCollection } from "astro:content";
import { LANG_TAG, type Script } from "../../lib/script/types.ts";
import { readSections } from "../../lib/build/bodies.ts";
import { escapeMarkup, FEED_SIZE, fullTextHtml } from "../../lib/site/feed.ts";
import { articlePath, indexPath, withBase } from "../../lib/site/paths.ts";
import { newestFirst, scriptPaths } from "../../lib/site/routes.ts";
import { STRINGS } from "../../lib/site/strings.ts";
import { siteConfig } from "../../site.config.ts";

export function getStaticPaths() {
  return scriptPaths();
}

export async function GET(context: APIContext) {
  const script = context.props["script"] as Script;
  const site = context.site ?? new URL("http://localhost:4321");
  const absolute = (path: string) => new URL(withBase(import.meta.env.BASE_URL, path), site).href;
  const articles = newestFirst(await getCollection("articles")).slice(0, FEED_SIZE);
  return rss({
    title: `${siteConfig.name[script]} · ${STRINGS[script].latest}`,
    description: siteConfig.description[script],
    site: absolute(indexPath(script)),
    customData: `<language>${LANG_TAG[script]}</language>`,
    items: articles.map((article) => {
      const edition = article.editions[script];
      return {
        title: edition.title,
        link: absolute(articlePath(script, article.slug)),
        pubDate: new Date(`${article.date}T00:00:00Z`),
        description: edition.summary,
        content: fullTextHtml(article, readSections(article, script), script, site.origin),
        ...(edition.author ? { author: edition.author } : {}),
        categories: edition.breadcrumb.slice(-1),
        customData: `<source url="${absolute(articlePath(script, article.slug))}">${escapeMarkup(edition.source)}</source>`,
      };
    }),
  });
}
