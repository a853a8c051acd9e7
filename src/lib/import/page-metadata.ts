/**
 * A saved page's metadata: structured data (JSON-LD NewsArticle), OpenGraph and the site's own
 * meta tags, <time>, the headline candidates, the breadcrumb and the page's data lines (date,
 * source, account name), read from the whole page before its main content is extracted.
 */
import { breadcrumbOf } from "./breadcrumb.ts";
import { findDate } from "./dates.ts";
import { metaOf } from "./meta.ts";
import type { Hints } from "./structure.ts";
import { chooseTitle, type TitleCandidate } from "./title.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|WebPage)$/u;
/** Class or id of the elements that hold a page's date, source, author or account name. */
const INFO_CLASS =
  /(?:^|[\s_-])(?:info|time|date|source|publish(?:_time)?|pubtime|post-time|meta|author|byline|js_name|profile_nickname|rich_media_meta\w*|laiyuan|ly|sj|fbsj|ptime)(?:$|[\s_-])/iu;

function asText(value: Json | undefined): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (Array.isArray(value)) return asText(value[0]);
  if (value && typeof value === "object") return asText(value["name"]);
  return undefined;
}

/** JSON-LD authors (a person, an organisation, or a list of them) as one byline. */
function authorsOf(value: Json | undefined): string | undefined {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const isOrganisation = (item: Json): boolean =>
    item !== null &&
    typeof item === "object" &&
    !Array.isArray(item) &&
    /Organization/u.test(JSON.stringify(item["@type"] ?? ""));
  const names = list
    .filter((item) => !isOrganisation(item))
    .map((item) => asText(item))
    .filter((name): name is string => name !== undefined && !/^https?:/u.test(name));
  return names.length > 0 ? names.join("、") : undefined;
}

function jsonLdArticle(document: Document): Record<string, Json> | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? "") as Json;
    } catch {
      continue;
    }
    const queue: Json[] = [data];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === "object") {
        const type = item["@type"];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((type) => typeof type === "string" && ARTICLE_TYPES.test(type) && type !== "WebPage"))
          return item;
        if (item["@graph"]) queue.push(item["@graph"]);
      }
    }
  }
  return undefined;
}

function meta(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const element =
      document.querySelector(`meta[property="${name}"]`) ??
      document.querySelector(`meta[name="${name}"]`) ??
      document.querySelector(`meta[name="${name.toLowerCase()}"]`) ??
      document.querySelector(`meta[itemprop="${name}"]`);
    const content = element?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return undefined;
}

/**
 * The moment a metadata date gives, as front matter takes it: ISO 8601 with its offset kept
 * (`2024-05-12T08:31:00+08:00`), or `2024-05-12 08:31` without one (any form Chinese sites print);
 * none for a date alone.
 */
function momentOf(value: string | undefined): string | undefined {
  const iso = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/u.exec(
    value?.trim() ?? "",
  );
  if (!iso) {
    // Other forms sites put in metadata (`2024/03/21 14:05`, `2024年3月21日 14:05`): the printed time.
    const found = findDate(value ?? "");
    return found?.time === undefined ? undefined : `${found.date} ${found.time.slice(0, 5)}`;
  }
  const [, day, minutes, seconds, offset] = iso;
  if (offset === undefined) return `${day} ${minutes}`;
  const zone = offset === "Z" ? "Z" : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
  return `${day}T${minutes}${seconds ?? ":00"}${zone}`;
}

function dateOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return findDate(value)?.date;
}

const clean = (text: string): string => text.replace(/[\s\u00a0\u3000]+/gu, " ").trim();

/** The page's headline candidates, best sources first: <h1>, JSON-LD headline, OpenGraph title, <title>. */
function titleCandidatesOf(document: Document, ld: Record<string, Json> | undefined): TitleCandidate[] {
  const fromText = (from: TitleCandidate["from"]) => (text: string | null | undefined) =>
    text ? [{ text, from }] : [];
  return [
    ...[...document.querySelectorAll("h1")]
      .slice(0, 5)
      .map((h1) => ({ text: h1.textContent ?? "", from: "h1" as const })),
    ...fromText("json-ld")(asText(ld?.["headline"])),
    ...fromText("og:title")(meta(document, "og:title", "ArticleTitle", "twitter:title")),
    ...fromText("title")(meta(document, "title") ?? document.querySelector("title")?.textContent ?? undefined),
  ];
}

/** The publication time as the page gives it (JSON-LD, <time>, microdata, meta tags). */
function publishedOf(document: Document, ld: Record<string, Json> | undefined): string | undefined {
  return (
    asText(ld?.["datePublished"]) ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    document.querySelector('[itemprop="datePublished"][datetime]')?.getAttribute("datetime") ??
    meta(
      document,
      "article:published_time",
      "PubDate",
      "publishdate",
      "pubdate",
      "publish_date",
      "datePublished",
      "og:release_date",
      "firstpublishedtime",
    )
  );
}

/** The page's metadata as hints (title, date, source, author) and its own address. */
function metadataOf(document: Document, notes: string[]): { hints: Hints; url: string | undefined } {
  const ld = jsonLdArticle(document);
  const hints: Hints = {};
  const siteName = meta(document, "og:site_name", "SiteName") ?? asText(ld?.["publisher"]);
  const chosenTitle = chooseTitle(titleCandidatesOf(document, ld), siteName);
  if (chosenTitle?.note) notes.push(chosenTitle.note);
  const published = publishedOf(document, ld);
  const date = dateOf(published);
  const moment = momentOf(published);
  const source =
    meta(document, "ContentSource", "source", "article:source") ??
    asText(ld?.["publisher"]) ??
    meta(document, "og:site_name", "SiteName");
  const author = authorsOf(ld?.["author"]) ?? meta(document, "author", "article:author");
  const url =
    asText(ld?.["url"]) ??
    meta(document, "og:url") ??
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    undefined;
  if (chosenTitle?.text) hints.title = chosenTitle.text;
  if (date) hints.date = date;
  if (date && moment) hints.moment = moment;
  // `<meta name="source" content="来源：人民网－人民日报">`: the value without its label
  if (source) hints.source = clean(source).replace(/^(?:来源|來源|稿源|出处|出處)\s*[:：]\s*/u, "");
  if (author && !/^https?:/u.test(author)) hints.author = clean(author);
  return { hints, url };
}

/** The breadcrumb is navigation, which Readability leaves out: it is looked for in the whole page. */
function breadcrumbIn(document: Document): string[] | undefined {
  for (const element of document.querySelectorAll("div, nav, p, span, td, ol, ul")) {
    const text = clean(element.textContent ?? "");
    if (text.length > 100 || text.length < 4) continue;
    const crumbs = breadcrumbOf(text);
    if (crumbs && crumbs.length >= 2) return crumbs;
  }
  return undefined;
}

/** The page's data lines (date, source, account name) in elements classed as such, which Readability may leave out. */
function infoLines(document: Document): string[] {
  const info: string[] = [];
  for (const element of document.querySelectorAll("[class], [id]")) {
    const name = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (!INFO_CLASS.test(name) || element.querySelector("p, div, li, h1, h2")) continue;
    const text = clean(element.textContent ?? "");
    if (text !== "" && text.length <= 120 && !info.includes(text) && !info.some((known) => known.includes(text)))
      info.push(text);
    if (info.length >= 8) break;
  }
  return info;
}

/** A data line under any class: a printed date with a time of day or a source label, before the body. */
function dataLineAnywhere(document: Document, known: readonly string[]): string | undefined {
  for (const element of document.querySelectorAll("div, span, p, time, td, font")) {
    if (element.querySelector("p, div, li, h1, h2, img")) continue;
    const text = clean(element.textContent ?? "");
    if (text.length < 8 || text.length > 60) continue;
    const data = metaOf(text);
    const plainTime = data?.date?.time !== undefined && data.source === undefined && data.author === undefined;
    const labelled = data?.date !== undefined && data.source !== undefined && /(?:来源|來源)\s*[:：]/u.test(text);
    if ((plainTime || labelled) && !known.includes(text)) return text;
  }
  return undefined;
}

/** The page's data lines: classed ones, else one found anywhere. */
function pageDataLines(document: Document): string[] {
  const info = infoLines(document);
  if (info.some((text) => metaOf(text)?.date)) return info;
  const anywhere = dataLineAnywhere(document, info);
  return anywhere === undefined ? info : [...info, anywhere];
}

export type PageMetadata = {
  hints: Hints;
  /** The page's own address, as its metadata gives it. */
  url: string | undefined;
  /** Data lines found anywhere on the page (Readability may leave them out of the main content). */
  info: string[];
};

/** Everything a page says about its article besides the text. */
export function readPageMetadata(document: Document, notes: string[]): PageMetadata {
  const { hints, url } = metadataOf(document, notes);
  const breadcrumb = breadcrumbIn(document);
  if (breadcrumb) hints.breadcrumb = breadcrumb;
  return { hints, url, info: pageDataLines(document) };
}
