/** One section's feed in one edition. */
import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getImage } from "astro:assets";
import { getCollection, type CollectionEntry } from "astro:content";
import type { Category } from "../../../../lib/site/categories.ts";
import type { Edition } from "../../../../lib/site/editions.ts";
import { FEED_SIZE, feedItems } from "../../../../lib/site/feed.ts";
import { withPhotoSources } from "../../../../components/photo-of.ts";
import type { GetImage } from "../../../../lib/site/picture.ts";
import { categoryPath, withBase } from "../../../../lib/site/paths.ts";
import { categoryFeedPaths } from "../../../../lib/site/routes.ts";
import { siteConfig } from "virtual:newsprint/config";

export async function getStaticPaths() {
  return categoryFeedPaths(await getCollection("articles"), siteConfig);
}

export async function GET(context: APIContext) {
  const edition = context.props["edition"] as Edition;
  const term = context.props["term"] as Category;
  // The newest first: only those the feed shows need their photos.
  const articles = withPhotoSources(
    (context.props["articles"] as CollectionEntry<"articles">["data"][]).slice(0, FEED_SIZE),
  );
  const site = context.site ?? new URL("http://localhost:4321");
  const absolute = (path: string) => new URL(withBase(import.meta.env.BASE_URL, path), site).href;
  const name = term.name[edition.id] ?? "";
  return rss({
    title: `${edition.siteName} · ${name}`,
    description: edition.description,
    site: absolute(categoryPath(edition.id, term.slug)),
    customData: `<language>${edition.lang}</language>`,
    items: await feedItems(articles, edition, absolute, site.origin, getImage as unknown as GetImage),
  });
}
