/**
 * Search index records. Pagefind does not match across scripts, so one record per article holds
 * the text of one edition, folded to Simplified when indexed; the browser folds the query the same
 * way and links the result to the reader's edition.
 */
import { decodeHTML } from "entities";
import type { ArticleRecord, Section } from "../article/schema.ts";
import type { ConversionSettings } from "../script/types.ts";
import { HTML_TAG } from "./html-tags.ts";
import { sectionName } from "./news.ts";

/**
 * The edition whose text the index holds, folded (fold.ts): the first Traditional one, else the
 * first. Folding Traditional with Taiwan phrases brings both scripts and both vocabularies (软件,
 * 軟體) to one form; folded Simplified text would keep a Taiwan word written in Simplified (软体).
 */
export function searchEdition(settings: Pick<ConversionSettings, "editions">): string {
  return (settings.editions.find((edition) => edition.script === "hant") ?? settings.editions[0])?.id ?? "";
}

export type SearchRecord = {
  readonly slug: string;
  readonly date: string;
  /** Text of the indexed edition, title and source first: folded and cut into words when indexed (search-index.ts). */
  readonly content: string;
  /** Title and summary per edition id. */
  readonly title: Readonly<Record<string, string>>;
  readonly summary: Readonly<Record<string, string>>;
  /** Section name per edition id (shown with each result). */
  readonly section?: Readonly<Record<string, string>>;
  /**
   * Per edition id, the text a result's excerpt is cut from (the body, EXCERPT_SOURCE_LENGTH
   * characters at most): each edition's own words, not the indexed edition's folded back (共享数据
   * in Simplified where the Taiwan edition says 共享資料).
   */
  readonly excerpts: Readonly<Record<string, string>>;
};

/** Characters of an article's text kept for result excerpts (its body after title and source). */
export const EXCERPT_SOURCE_LENGTH = 3000;

/**
 * @param indexed the edition whose text is indexed (searchEdition)
 * @param bodies the sections of each edition, by edition id
 */
export function searchRecord(
  article: ArticleRecord,
  indexed: string,
  bodies: Readonly<Record<string, readonly Section[]>>,
): SearchRecord {
  const editions = Object.entries(article.editions);
  const header = article.editions[indexed] ?? editions[0]?.[1];
  const texts = Object.fromEntries(editions.map(([id]) => [id, sectionTexts(bodies[id] ?? [])]));
  return {
    slug: article.slug,
    date: article.date,
    content: header === undefined ? "" : [header.title, header.source, ...(texts[indexed] ?? [])].join("\n"),
    title: Object.fromEntries(editions.map(([id, edition]) => [id, edition.title])),
    summary: Object.fromEntries(editions.map(([id, edition]) => [id, edition.summary])),
    section: Object.fromEntries(editions.map(([id, edition]) => [id, sectionName(edition) ?? ""])),
    excerpts: Object.fromEntries(editions.map(([id]) => [id, excerptSource(texts[id] ?? [])])),
  };
}

/** Each section's heading and text, tags stripped once for both the index and the excerpt. */
function sectionTexts(sections: readonly Section[]): string[] {
  return sections.map((section) => `${section.heading ?? ""}\n${stripTags(section.html)}`);
}

/** An edition's body as one line of text, cut to EXCERPT_SOURCE_LENGTH characters. */
function excerptSource(texts: readonly string[]): string {
  const body = texts.join(" ").replace(/\s+/g, " ").trim();
  return [...body].slice(0, EXCERPT_SOURCE_LENGTH).join("");
}

const TAGS = new RegExp(HTML_TAG, "g");

/** The text of HTML: tags gone, character references decoded (AT&amp;T is AT&T; readers see it in excerpts). */
function stripTags(html: string): string {
  return decodeHTML(html.replace(TAGS, " ")).replace(/\s+/g, " ");
}
