/**
 * The newsroom fields of an article as the page layer reads them: time of publication, section,
 * tags, authors, lead photo, featured. One place that knows the article model's field names, so
 * that listings, related stories and pages do not each dig into records.
 */
import type { ArticleSummary, EditionHeader } from "../article/schema.ts";

/** Lead photo as the parser describes it: where it is and what it says in each edition. */
export type PhotoText = {
  readonly alt: string;
  readonly caption?: string | undefined;
  readonly credit?: string | undefined;
};

type Loose = Readonly<Record<string, unknown>>;
const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap((item) => (typeof item === "string" && item.trim() !== "" ? [item] : [])) : [];

/** Calendar day (YYYY-MM-DD) of publication. */
export function dayOf(article: Pick<ArticleSummary, "date">): string {
  const loose = article as Loose;
  return text(loose["day"]) ?? article.date.slice(0, 10);
}

/** Publication time as written (ISO 8601 with offset), when it has a time of day. */
export function timeOf(article: Pick<ArticleSummary, "date">): string | undefined {
  return article.date.length > 10 ? article.date : undefined;
}

/** When the article was last updated, if the editor says so. */
export function updatedOf(article: object): string | undefined {
  return text((article as Loose)["updated"]);
}

/** A draft is parsed and checked, but gets no page, no place in listings, feeds or search. */
export function isDraft(article: object): boolean {
  return (article as Loose)["draft"] === true;
}

export function isFeatured(article: object): boolean {
  return (article as Loose)["featured"] === true;
}

/** The section name in one edition: the explicit category, else the breadcrumb's last level. */
export function sectionName(header: EditionHeader): string | undefined {
  return text((header as Loose)["category"]) ?? header.breadcrumb.at(-1);
}

export function tagsOf(header: EditionHeader): string[] {
  return texts((header as Loose)["tags"]);
}

/** Authors: the list when there is one, else the single `author`. */
export function authorsOf(header: EditionHeader): string[] {
  const list = texts((header as Loose)["authors"]);
  return list.length > 0 ? list : header.author ? [header.author] : [];
}

/** Alt text, caption and credit of the lead photo in one edition. */
export function photoTextOf(header: EditionHeader): PhotoText | undefined {
  const image = (header as Loose)["image"];
  if (typeof image !== "object" || image === null) return undefined;
  const fields = image as Loose;
  return { alt: text(fields["alt"]) ?? "", caption: text(fields["caption"]), credit: text(fields["credit"]) };
}

/**
 * Where the lead photo and the body images are on disk (paths the parser resolved, relative to the
 * project root or absolute): what the loader hands to Astro's image pipeline.
 */
export function imageFilesOf(article: object): { lead: string | undefined; body: string[] } {
  const loose = article as Loose;
  const image = loose["image"];
  const lead =
    typeof image === "object" && image !== null
      ? text((image as Loose)["path"] ?? (image as Loose)["resolved"])
      : undefined;
  return { lead, body: [...new Set(texts(loose["images"]))] };
}
