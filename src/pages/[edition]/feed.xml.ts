import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getImage } from "astro:assets";
import { getCollection } from "astro:content";
import type { Edition } from "../../lib/site/editions.ts";
import { feedItems, type FeedArticle } from "../../lib/site/feed.ts";
import type { GetImage } from "../../lib/site/picture.ts";
import { indexPath, withBase } from "../../lib/site/paths.ts";
import { feedPaths } from "../../lib/site/routes.ts";
import { siteConfig } from "virtual:newsprint/config";

export async function getStaticPaths() {
  return feedPaths(await getCollection("articles"), siteConfig);
}

export async function GET(context: APIContext) {
  const edition = context.props["edition"] as Edition;
  const articles = context.props["articles"] as FeedArticle[];
  const site = context.site ?? new URL("http://localhost:4321");
  const absolute = (path: string) => new URL(withBase(import.meta.env.BASE_URL, path), site).href;
  return rss({
    title: `${edition.siteName} · ${edition.ui.latest}`,
    description: edition.description,
    site: absolute(indexPath(edition.id)),
    customData: `<language>${edition.lang}</language>`,
    items: await feedItems(articles, edition, absolute, site.origin, getImage as unknown as GetImage),
  });
}
