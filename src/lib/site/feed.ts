/** RSS items with the full article text and its photos, for one edition. */
import type { ArticleRecord, Section } from "../article/schema.ts";
import { readSections } from "./bodies.ts";
import { escapeMarkup } from "./escape.ts";
import type { Edition } from "./editions.ts";
import { authorsOf, sectionName } from "./news.ts";
import { articlePath } from "./paths.ts";
import { feedImages, lostPhoto, plainImage, type GetImage, type ImageSource } from "./picture.ts";

/** An article with its photos as Astro's getImage() takes them (src/components/photo-of.ts). */
export type FeedArticle = ArticleRecord & {
  readonly photos?: {
    readonly lead?: ImageSource | undefined;
    readonly body: readonly { readonly key: string; readonly src: ImageSource }[];
  };
};

export const FEED_SIZE = 50;

/** Article body as one HTML fragment, with root-relative URLs made absolute for feed readers. */
export function fullTextHtml(
  article: ArticleRecord,
  body: readonly Section[],
  edition: Edition,
  origin: string,
  lead = "",
): string {
  const header = article.editions[edition.id];
  const sections = body.map(
    (section) => `${section.heading ? `<h2>${escapeMarkup(section.heading)}</h2>\n` : ""}${section.html}`,
  );
  const reprint = header?.reprintedFrom
    ? `\n<p>${escapeMarkup(edition.ui.reprintedFrom(header.reprintedFrom))}</p>`
    : "";
  return (lead + sections.join("\n") + reprint).replace(/\b(href|src)="\/(?!\/)/g, `$1="${origin}/`);
}

export { escapeMarkup };

/** RSS items for articles (newest first) in one edition; `absolute` turns a site path into a URL. */
export function feedItems(
  articles: readonly FeedArticle[],
  edition: Edition,
  absolute: (path: string) => string,
  origin: string,
  getImage: GetImage,
) {
  return Promise.all(
    articles.slice(0, FEED_SIZE).flatMap((article) => {
      const header = article.editions[edition.id];
      if (header === undefined) return [];
      const link = absolute(articlePath(edition.id, article.slug));
      const authors = authorsOf(header);
      const section = sectionName(header);
      return (async () => {
        const body = await feedImages(getImage, readSections(article, edition.id), article.photos?.body ?? []);
        return {
          title: header.title,
          link,
          pubDate: new Date(article.date.length <= 10 ? `${article.date}T00:00:00Z` : article.date),
          description: header.summary,
          content: fullTextHtml(article, body, edition, origin, await leadFigure(getImage, article, edition)),
          ...(authors.length > 0 ? { author: authors.join("、") } : {}),
          categories: section === undefined ? [] : [section],
          customData: `<source url="${link}">${escapeMarkup(header.source)}</source>`,
        };
      })();
    }),
  );
}

/**
 * The lead photo with its caption and credit, first in the item's text as on the page; a lead photo
 * that could not be used (reported at build) leaves its alt text, caption and credit.
 */
async function leadFigure(getImage: GetImage, article: FeedArticle, edition: Edition): Promise<string> {
  const lead = article.photos?.lead;
  const image = article.editions[edition.id]?.image;
  if (image === undefined) return "";
  const caption = [image.caption, image.credit].filter((part) => part !== undefined && part !== "").join(" ");
  const picture = lead !== undefined ? await plainImage(getImage, lead, image.alt) : lostPhoto(image.alt);
  if (picture === "" && caption === "") return "";
  return `<figure>${picture}${caption === "" ? "" : `<figcaption>${escapeMarkup(caption)}</figcaption>`}</figure>\n`;
}
