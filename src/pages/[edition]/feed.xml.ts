import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getImage } from "astro:assets";
import { getCollection, type CollectionEntry } from "astro:content";
import type { Edition } from "../../lib/site/editions.ts";
import { FEED_SIZE, feedItems } from "../../lib/site/feed.ts";
import { withPhotoSources } from "../../components/photo-of.ts";
import type { GetImage } from "../../lib/site/picture.ts";
import { indexPath, withBase } from "../../lib/site/paths.ts";
import { feedPaths } from "../../lib/site/routes.ts";
import { siteConfig } from "virtual:newsprint/config";

export async function getStaticPaths() {
  return feedPaths(await getCollection("articles"), siteConfig);
}

export async function GET(context: APIContext) {
  const edition = context.props["edition"] as Edition;
  // The newest first: only those the feed shows need their photos.
  const articles = withPhotoSources(
    (context.props["articles"] as CollectionEntry<"articles">["data"][]).slice(0, FEED_SIZE),
  );
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
