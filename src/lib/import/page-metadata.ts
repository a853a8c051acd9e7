/**
 * A saved page's metadata: structured data (JSON-LD NewsArticle), OpenGraph and the site's own
 * meta tags, <time>, the headline candidates, the breadcrumb and the page's data lines (date,
 * source, account name), read from the whole page before its main content is extracted.
 */
import { oneLine } from "./dom-text.ts";
import { breadcrumbOf } from "./breadcrumb.ts";
import { findDate } from "./dates.ts";
import { bylineOf, creditsOf, metaOf } from "./meta.ts";
import type { DateCandidate } from "./dates.ts";
import type { Hints } from "./structure.ts";
import { chooseTitle, siteNameInTitle, type TitleCandidate } from "./title.ts";

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

/** The page's meta tags by property, name and itemprop (case-insensitive), read in one pass. */
const metaTags = new WeakMap<Document, Map<string, string>>();

function metaTagsOf(document: Document): Map<string, string> {
  const known = metaTags.get(document);
  if (known) return known;
  const tags = new Map<string, string>();
  for (const element of document.querySelectorAll("meta[content]")) {
    const content = element.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attribute of ["property", "name", "itemprop"]) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  metaTags.set(document, tags);
  return tags;
}

/** The first of the named meta tags the page gives a value. */
function meta(document: Document, ...names: string[]): string | undefined {
  const tags = metaTagsOf(document);
  for (const name of names) {
    const content = tags.get(name.toLowerCase());
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
  const iso = /^(\d{4}-\d{2}-\d{2})[T -](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/u.exec(
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

/** Where each date a page gives stands in the evidence: structured data first, its address last. */
const DATE_SOURCES: readonly { from: string; rank: number; read: (page: PageParts) => string | undefined }[] = [
  { from: "JSON-LD datePublished", rank: 1, read: ({ ld }) => asText(ld?.["datePublished"]) },
  ...[
    "article:published_time",
    "og:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "PubDate",
    "publish_date",
    "publish-date",
    "firstpublishedtime",
    "date.available",
    "og:release_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date",
    "DC.date.issued",
    "date",
  ].map((name) => ({ from: `meta ${name}`, rank: 2, read: ({ document }: PageParts) => meta(document, name) })),
  {
    from: "microdata datePublished",
    rank: 2,
    read: ({ document }) =>
      document.querySelector('[itemprop="datePublished"]')?.getAttribute("datetime") ??
      document.querySelector('[itemprop="datePublished"]')?.getAttribute("content") ??
      undefined,
  },
  {
    from: "<time datetime>",
    rank: 3,
    read: ({ document }) =>
      (
        document.querySelector("time[pubdate][datetime]") ??
        document.querySelector("article time[datetime], main time[datetime]") ??
        document.querySelector("time[datetime]")
      )?.getAttribute("datetime") ?? undefined,
  },
];

/** `/2024/05/12/`, `/20240512/`, `-2024-05-12-`, `/2024-05/12/` in the page's own address. */
function dateInAddress(url: string | undefined): string | undefined {
  const path = url?.replace(/^https?:\/\/[^/]+/u, "") ?? "";
  const match = /(?<!\d)((?:19|20)\d{2})([-/]?)(0[1-9]|1[0-2])\2([0-2]\d|3[01])(?!\d)/u.exec(path);
  if (!match) return undefined;
  return dateOf(`${match[1]}-${match[3]}-${match[4]}`);
}

type PageParts = { document: Document; ld: Record<string, Json> | undefined };

/** Every publication date the page's metadata gives, best evidence first (one per kind of source). */
function dateCandidatesOf(parts: PageParts, url: string | undefined): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const source of DATE_SOURCES) {
    const value = source.read(parts);
    const day = dateOf(value);
    if (!day || found.some((known) => known.from === source.from)) continue;
    // one candidate per rank and value: several meta tags saying the same are one piece of evidence
    const moment = momentOf(value);
    if (found.some((known) => known.rank === source.rank && known.value === (moment ?? day))) continue;
    found.push({ day, value: moment ?? day, from: source.from, rank: source.rank });
  }
  const fromAddress = dateInAddress(url);
  if (fromAddress) found.push({ day: fromAddress, value: fromAddress, from: "the page's address", rank: 5 });
  return found;
}

/** A name that is the site itself (its og:site_name or publisher), which is no author. */
function isSite(name: string, sites: readonly (string | undefined)[]): boolean {
  const squeezed = name.replace(/\s+/gu, "");
  return sites.some((site) => site !== undefined && site.replace(/\s+/gu, "") === squeezed);
}

/** The site's name where the page gives it: og:site_name, the publisher, or beside the headline in <title>. */
function siteNameOf(
  document: Document,
  ld: Record<string, Json> | undefined,
  headline: string | undefined,
): { declared: string | undefined; guessed: string | undefined } {
  const declared = meta(document, "og:site_name", "SiteName", "application-name") ?? asText(ld?.["publisher"]);
  // `香港經濟日報 hket.com`: the name without the site's address
  if (declared)
    return {
      declared: oneLine(declared).replace(
        /(?<=\S)\s+(?:www\.)?[\w-]+\.(?:com|net|org|hk|tw|mo|sg|cn)(?:\.\w{2})?$/iu,
        "",
      ),
      guessed: undefined,
    };
  const title = oneLine(document.querySelector("title")?.textContent ?? "");
  return { declared: undefined, guessed: siteNameInTitle(title, headline) };
}

/** The page's metadata as hints (title, dates, source, author) and its own address. */
function metadataOf(document: Document, notes: string[]): { hints: Hints; url: string | undefined } {
  const ld = jsonLdArticle(document);
  const hints: Hints = {};
  const url =
    asText(ld?.["url"]) ??
    meta(document, "og:url") ??
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    undefined;
  const declaredSite = meta(document, "og:site_name", "SiteName") ?? asText(ld?.["publisher"]);
  const chosenTitle = chooseTitle(titleCandidatesOf(document, ld), declaredSite);
  if (chosenTitle?.note) notes.push(chosenTitle.note);
  if (chosenTitle?.text) {
    hints.title = chosenTitle.text;
    hints.titleFrom = chosenTitle.from;
    if (chosenTitle.trimmedFrom) hints.titleTrimmedFrom = chosenTitle.trimmedFrom;
    if (chosenTitle.unconfirmed && !printedAsHeadline(document, chosenTitle.text)) hints.titleUnconfirmed = true;
  }
  const dates = dateCandidatesOf({ document, ld }, url);
  const best = dates.find((candidate) => candidate.rank < 5);
  if (best) {
    hints.date = best.day;
    if (best.value !== best.day) hints.moment = best.value;
  }
  if (dates.length > 0) hints.dates = dates;
  const site = siteNameOf(document, ld, chosenTitle?.text);
  const source = meta(document, "ContentSource", "contentsource", "source", "article:source") ?? site.declared;
  // `<meta name="source" content="来源：人民网－人民日报">`: the value without its label
  if (source) hints.source = oneLine(source).replace(/^(?:来源|來源|稿源|出处|出處)\s*[:：]\s*/u, "");
  if (site.guessed) hints.siteName = site.guessed;
  const author = authorsOf(ld?.["author"]) ?? meta(document, "author", "article:author", "byl");
  if (author && !/^https?:/u.test(author) && !isSite(author, [declaredSite, source, site.guessed]))
    hints.author = oneLine(author);
  const byline = bylineAnywhere(document);
  if (byline) {
    hints.byline = byline.names;
    if (byline.credits.length > 0) hints.credits = byline.credits;
  }
  return { hints, url };
}

/** Elements that may hold a data line or a byline: no blocks or photos inside. */
const LEAF_TAGS = new Set(["DIV", "SPAN", "P", "LI", "A", "ADDRESS", "EM", "STRONG", "FONT", "TD", "SMALL", "TIME"]);
const leaves = new WeakMap<Document, { tag: string; text: string }[]>();

/** The page's short leaf elements (at most 60 characters of text) in page order, read once. */
function shortLeaves(document: Document): { tag: string; text: string }[] {
  const known = leaves.get(document);
  if (known) return known;
  const found: { tag: string; text: string }[] = [];
  for (const element of document.querySelectorAll([...LEAF_TAGS].join(", ").toLowerCase())) {
    if (element.querySelector("p, div, li, h1, h2, img")) continue;
    const raw = element.textContent ?? "";
    if (raw.length > 400) continue;
    const text = oneLine(raw);
    if (text.length >= 3 && text.length <= 60) found.push({ tag: element.tagName.toUpperCase(), text });
  }
  leaves.set(document, found);
  return found;
}

/** Elements a page prints its headline in when it has no <h1>: headings and title-classed blocks. */
const HEADLINE_ELEMENTS = 'h2, h3, [class*="title" i], [id*="title" i], [class*="headline" i]';

/** Whether the page prints the title as a headline of its own (an <h2>, a `title` block). */
function printedAsHeadline(document: Document, title: string): boolean {
  const wanted = title.replace(/\s+/gu, "");
  return [...document.querySelectorAll(HEADLINE_ELEMENTS)]
    .slice(0, 50)
    .some((element) => (element.textContent ?? "").replace(/\s+/gu, "") === wanted);
}

/** A byline anywhere on the page (Readability may leave it out): a short element that is one. */
function bylineAnywhere(document: Document): { names: string; credits: string[] } | undefined {
  for (const { text } of shortLeaves(document)) {
    const byline = text.length <= 40 && BYLINE_WORD.test(text) ? bylineOf(text) : undefined;
    if (byline) return { names: byline, credits: creditsOf(text) };
  }
  return undefined;
}

/** What every byline form holds: a role or 報導. */
const BYLINE_WORD = /記者|记者|作者|文|撰|報導|报道|報道|通讯员|通訊員/u;

/** The breadcrumb is navigation, which Readability leaves out: it is looked for in the whole page. */
function breadcrumbIn(document: Document): string[] | undefined {
  for (const element of document.querySelectorAll("div, nav, p, span, td, ol, ul")) {
    const text = oneLine(element.textContent ?? "");
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
    const text = oneLine(element.textContent ?? "");
    if (text !== "" && text.length <= 120 && !info.includes(text) && !info.some((known) => known.includes(text)))
      info.push(text);
    if (info.length >= 8) break;
  }
  return info;
}

/** Words that mark a printed date as the publication's: `刊登於`, `[2024.05.12] 發表`, `新聞稿 2024/05/12`. */
const PUBLISHED_LINE = /刊登|發表|发表|發布|发布|發佈|出版|新聞稿|新闻稿|新聞公報|新闻公报|published|posted/iu;

const DATA_TAGS = new Set(["DIV", "SPAN", "P", "TIME", "TD", "FONT"]);

/** A data line under any class: a printed date with a time of day or a source label, before the body. */
function dataLineAnywhere(document: Document, known: readonly string[]): string | undefined {
  for (const { tag, text } of shortLeaves(document)) {
    if (!DATA_TAGS.has(tag) || text.length < 8) continue;
    const data = metaOf(text);
    const plainTime =
      data?.date !== undefined &&
      (data.date.time !== undefined || PUBLISHED_LINE.test(text)) &&
      data.source === undefined &&
      data.author === undefined;
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

/** Readability's title (from <title>) as the title hint, unless it is only the site's name: one source, so unconfirmed. */
export function readerTitleHints(title: string, siteName: string | undefined): Partial<Hints> {
  const chosen = chooseTitle([{ text: title, from: "title" }], siteName);
  if (!chosen) return {};
  const trimmed = chosen.trimmedFrom ? { titleTrimmedFrom: chosen.trimmedFrom } : {};
  return { title: chosen.text, titleFrom: "title", titleUnconfirmed: true, ...trimmed };
}
