/**
 * Saved web pages: the article's text, images and metadata taken from the
 * HTML itself. Metadata from structured data (JSON-LD NewsArticle), OpenGraph
 * and the site's own meta tags; the main content found by Mozilla's
 * Readability (the algorithm of Firefox's reader view) on linkedom, a DOM
 * that runs no script and loads nothing. The text then takes the text path.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { breadcrumbOf } from "./breadcrumb.ts";
import { boundNesting, MAX_DEPTH } from "./flatten.ts";
import {
  blockTexts,
  chromeOf,
  linkTexts,
  namedChromeOf,
  namedChromeTexts,
  repeatedOutside,
  type ChromeFinding,
} from "./chrome.ts";
import { leftOutProse, proseBlocks } from "./left-out.ts";
import {
  captionNear,
  documentOrder,
  figureOf,
  imageAddresses,
  isArticlePhoto,
  leadPhotos,
  readImageAddresses,
  readsAsCaption,
} from "./figures.ts";
import { chooseTitle, cleanTitleText, type TitleCandidate } from "./title.ts";
import { findDate } from "./dates.ts";
import { metaOf } from "./meta.ts";
import type { VFile } from "vfile";
import type { RuleMeta } from "../article/rules/define.ts";
import { attend } from "./messages.ts";
import type { Hints, Paragraph } from "./structure.ts";

export const PAGE_NESTING: RuleMeta = {
  id: "page-nesting",
  doc: "Points out a saved page whose elements were nested too deep to keep their tags.",
  emits: ["import-deep-nesting"],
};

export type PageImage = {
  /** As written in the page. */
  src: string;
  caption: string;
  /** Every address the page gives (src, lazy-load attributes, srcset), in that order. */
  candidates: readonly string[];
};

export type ExtractedPage = {
  /** One line per paragraph; images are lines of their own, with `image` set in `paragraphs`. */
  lines: string[];
  paragraphs: Paragraph[];
  hints: Hints;
  originalUrl?: string;
  images: PageImage[];
  notes: string[];
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|WebPage)$/u;
const BLOCKS = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "PRE",
  "FIGCAPTION",
  "TD",
  "DT",
  "DD",
]);
const MIN_ARTICLE = 80;
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

/** Readability's main content, or why there is none. */
function mainContent(document: Document): { root: Element; title?: string; siteName?: string } | { error: string } {
  let reader: ReturnType<Readability<Node>["parse"]>;
  try {
    reader = new Readability(document as unknown as Document, {
      serializer: (node: Node) => node,
      charThreshold: 100,
      keepClasses: true,
    }).parse();
  } catch (error) {
    return {
      error: `the page could not be read (${error instanceof Error ? error.message : String(error)}): nothing written`,
    };
  }
  const root = reader?.content as Element | null | undefined;
  if (!root || (reader?.textContent ?? "").replace(/\s/gu, "").length < MIN_ARTICLE)
    return { error: "this page holds no article text (no main content found): nothing written" };
  return {
    root,
    ...(reader?.title ? { title: reader.title } : {}),
    ...(reader?.siteName ? { siteName: reader.siteName } : {}),
  };
}

const INLINE_TAGS = new Set(["SPAN", "A", "B", "STRONG", "EM", "I", "FONT", "U", "SUB", "SUP"]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "IFRAME"]);

/** The article's text as lines, one per paragraph, photo or data line, read from the main content. */
class PageText {
  readonly lines: string[] = [];
  readonly paragraphs: Paragraph[] = [];
  readonly images: PageImage[] = [];
  private readonly captionsTaken = new Set<Element | null>();
  private readonly addressesOf: WeakMap<Element, string[]>;
  private readonly notes: string[];
  /** The texts of the whole page's links (text repeated outside the article is chrome). */
  private readonly pageLinks: ReadonlyMap<string, number>;
  /** The chrome being walked through, when the markup says so. */
  private chrome: ChromeFinding | undefined;

  /** The page's chrome texts by class name, read before Readability dropped the names. */
  private readonly namedChrome: ReadonlyMap<string, ChromeFinding>;
  /** The photos' captions as read before Readability rewrote their markup. */
  private readonly captionsBefore: ReadonlyMap<Element, string>;
  /** The caption of the photo just pushed: the same text right after it is that caption, no paragraph. */
  private lastCaption: string | undefined;

  constructor(
    addressesOf: WeakMap<Element, string[]>,
    notes: string[],
    page: {
      links: ReadonlyMap<string, number>;
      namedChrome: ReadonlyMap<string, ChromeFinding>;
      captions: ReadonlyMap<Element, string>;
    },
  ) {
    this.addressesOf = addressesOf;
    this.notes = notes;
    this.pageLinks = page.links;
    this.namedChrome = page.namedChrome;
    this.captionsBefore = page.captions;
  }

  /** A line of the walk: the page's named chrome marked, a photo's caption repeated after it skipped. */
  private pushLine(text: string, heading = false): void {
    const cleaned = clean(text);
    if (cleaned === "") return;
    if (this.lastCaption !== undefined && cleaned === this.lastCaption) {
      this.lastCaption = undefined;
      return;
    }
    this.lastCaption = undefined;
    if (this.captionForLastPhoto(cleaned)) return;
    const named = this.chrome ? undefined : namedChromeOf(cleaned, this.namedChrome);
    if (named) this.chrome = named;
    this.push(cleaned, undefined, heading);
    if (named) this.chrome = undefined;
  }

  push(text: string, image?: PageImage, heading = false): void {
    const cleaned = clean(text);
    if (cleaned === "" && !image) return;
    const line = this.lines.push(image ? cleaned || image.caption : cleaned);
    if (image)
      this.paragraphs.push({
        text: cleaned || image.caption,
        line,
        image: { src: image.src, caption: image.caption, candidates: image.candidates },
      });
    else
      this.paragraphs.push({
        text: cleaned,
        line,
        ...(heading ? { heading: true } : {}),
        ...(this.chrome ? { chrome: this.chrome } : {}),
      });
  }

  /** Only the data: dated or sourced lines, with the short names just before them (WeChat: author, account). */
  pushData(info: readonly string[]): void {
    let names: string[] = [];
    for (const text of info) {
      const data = metaOf(text);
      if (data?.date || data?.source || data?.author) {
        for (const line of [...names, text]) this.push(line);
        names = [];
      } else if (/^[\p{Script=Han}A-Za-z0-9·_-]{1,16}$/u.test(text)) names = [...names, text].slice(-3);
      else names = [];
    }
  }

  image(img: Element, caption?: string): void {
    const candidates = this.addressesOf.get(img) ?? imageAddresses(img);
    const captionText = clean(caption ?? this.captionsBefore.get(img) ?? "");
    const alt = clean(captionText || img.getAttribute("alt") || img.getAttribute("title") || "");
    const src = candidates[0];
    if (src === undefined) {
      const inline = img.getAttribute("src") ?? "";
      if (inline !== "")
        this.notes.push(
          `image left out (inline data: the importer fetches nothing): ${inline.slice(0, 40)}…${alt ? ` "${alt}"` : ""}`,
        );
      return;
    }
    const image = { src, caption: alt, candidates };
    this.images.push(image);
    this.push(alt, image);
    this.lastCaption = captionText === "" ? undefined : captionText;
  }

  /** A block with no blocks inside: its lines (split at <br>), a heading when the page marks it so. */
  private block(node: Element, tag: string): void {
    const html = node.innerHTML.replace(/<br\s*\/?>/giu, "\n");
    const { document: fragment } = parseHTML(`<div>${html}</div>`);
    const parts = (fragment.querySelector("div")?.textContent ?? "").split("\n");
    // the page marks headings: <h2>–<h6>, or a paragraph that is bold as a whole
    const bold = node.children.length === 1 && /^(?:STRONG|B)$/iu.test(node.children[0]?.tagName ?? "");
    const marked =
      /^H[2-6]$/u.test(tag) ||
      (tag === "P" && bold && clean(node.children[0]?.textContent ?? "") === clean(node.textContent ?? ""));
    for (const line of parts) this.pushLine(line, marked && parts.length === 1);
  }

  /** Mixed content: inline text gathered into lines, broken at <br> and at every nested block. */
  private mixed(node: Element): void {
    let pending = "";
    for (const child of node.childNodes) {
      if (child.nodeType === 3) pending += child.textContent ?? "";
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (tag !== "BR" && INLINE_TAGS.has(tag) && !element.querySelector("img, p, div")) {
        pending += element.textContent ?? "";
        continue;
      }
      this.pushLine(pending);
      pending = "";
      if (tag !== "BR") this.walk(element);
    }
    this.pushLine(pending);
  }

  /** A caption line (`图为…`, `（攝影：…）`) right after a photo without one: that photo's caption. */
  private captionForLastPhoto(text: string): boolean {
    const last = this.paragraphs.at(-1);
    if (!last?.image || last.image.caption !== "" || !readsAsCaption(text)) return false;
    last.image = { ...last.image, caption: text };
    last.text = text;
    this.lines[last.line - 1] = text;
    return true;
  }

  /** Lines of the walk from `from` on that the page prints again outside the article: chrome. */
  markRepeated(from: number, pageTexts: ReadonlyMap<string, number>): void {
    const walked = this.paragraphs.slice(from);
    const repeated = repeatedOutside(
      // a heading the page repeats is its table of contents, not chrome
      walked.map((paragraph) => (paragraph.image || paragraph.chrome || paragraph.heading ? "" : paragraph.text)),
      pageTexts,
    );
    for (const index of repeated) {
      const paragraph = walked[index];
      if (paragraph)
        paragraph.chrome = { reason: "page chrome (text the page repeats outside the article)", sure: true };
    }
  }

  /** Prose the extraction left out: listed with the dropped lines, for the editor to check. */
  leftOut(line: string): void {
    this.chrome = { reason: "prose outside the article's main block (left out by the extraction)", sure: false };
    this.push(line);
    this.chrome = undefined;
  }

  /** A caption read with its photo: never a paragraph of its own. */
  takeCaption(element: Element): void {
    this.captionsTaken.add(element);
  }

  walk(node: Element, root = false): void {
    const tag = node.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    const chrome = root || this.chrome ? undefined : chromeOf(node, this.pageLinks);
    if (chrome) {
      this.chrome = chrome;
      this.walkContent(node, tag);
      this.chrome = undefined;
      return;
    }
    this.walkContent(node, tag);
  }

  private walkContent(node: Element, tag: string): void {
    if (tag === "FIGURE") {
      const photos = [...node.querySelectorAll("img")];
      const caption = captionNear(node);
      if (caption.taken) this.captionsTaken.add(caption.taken);
      // a gallery: every photo, each with its own caption, else the figure's with the first
      photos.forEach((img, index) => {
        const own = img.closest("figure") === node ? undefined : captionNear(figureOf(img)).text;
        this.image(img, own || (index === 0 ? caption.text || undefined : ""));
      });
      if (photos.length === 0) this.pushLine(caption.text);
      return;
    }
    if (tag === "IMG") {
      const box = figureOf(node);
      const caption = captionNear(box);
      this.image(node, caption.text === "" ? undefined : caption.text);
      if (caption.taken) this.captionsTaken.add(caption.taken);
      return;
    }
    if (this.captionsTaken.has(node)) return;
    if (BLOCKS.has(tag) && !node.querySelector("p, div, figure, table, ul, ol, img")) this.block(node, tag);
    else this.mixed(node);
  }
}

/** Parses the page (a fragment gets a document around it), its nesting bounded; a message when it was cut. */
function openDocument(html: string, file: VFile): Document | undefined {
  const whole = /<html[\s>]/iu.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const bounded = boundNesting(whole);
  const { document } = parseHTML(bounded.html);
  if (!document.documentElement || !document.body) return undefined;
  if (bounded.flattened > 0)
    attend(file, {
      line: 1,
      column: 1,
      text: "",
      reason: `${bounded.flattened} element(s) nested deeper than ${MAX_DEPTH} levels lost their tags (their text kept): check the page's structure`,
      ruleId: "import-deep-nesting",
    });
  return document;
}

/** Reads the article out of a saved page (what to check goes on `file`), or says why there is none. */
export function extractPage(html: string, file: VFile): ExtractedPage | { error: string } {
  const document = openDocument(html, file);
  if (!document) return { error: "this is no readable HTML page: nothing written" };
  const notes: string[] = [];
  const { hints, url } = metadataOf(document, notes);
  const breadcrumb = breadcrumbIn(document);
  if (breadcrumb) hints.breadcrumb = breadcrumb;
  const info = pageDataLines(document);
  // Readability rewrites addresses against <base href>; a saved page's photos are named as written
  const addressesOf = readImageAddresses(document);
  // nor may <base href> make a saved photo another host's: relative addresses stay relative
  for (const base of document.querySelectorAll("base")) base.remove();
  const pageLinks = linkTexts(document);
  const pageTexts = blockTexts(document);
  const order = documentOrder(document);
  // article photos: a thumbnail inside a link or a small icon is none (and costs nothing more)
  const photos: Element[] = [...document.querySelectorAll("img")].filter(isArticlePhoto);
  const headline = order.get(document.querySelector("h1") ?? document.documentElement) ?? 0;
  // photos Readability leaves out lose their captions with them: read them first
  const captionsBefore = new Map(photos.map((img) => [img, captionNear(figureOf(img))]));
  const namedChrome = namedChromeTexts(document);
  const prose = proseBlocks(document, order, namedChrome);
  const content = mainContent(document);
  if ("error" in content) return content;
  if (!hints.title && content.title) hints.title = cleanTitleText(content.title);
  if (!hints.source && content.siteName) hints.source = clean(content.siteName);
  const text = new PageText(addressesOf, notes, {
    links: pageLinks,
    namedChrome,
    captions: new Map([...captionsBefore].map(([img, caption]) => [img, caption.text])),
  });
  if (hints.title) text.push(hints.title);
  text.pushData(info);
  const outside = photos.filter((img) => !content.root.contains(img));
  // where the extracted text starts and ends in the page (a loop: spreading 100,000 numbers overflows)
  let start = Infinity;
  let end = -1;
  for (const element of content.root.querySelectorAll("*")) {
    const at = order.get(element);
    if (at === undefined) continue;
    start = Math.min(start, at);
    end = Math.max(end, at);
  }
  // Readability's second pass works on a copy: then nothing is known of what it left out
  const known = Number.isFinite(start);
  const lead = known && document.querySelector("h1") ? leadPhotos(outside, order, headline, start) : [];
  for (const img of lead) {
    const caption = captionsBefore.get(img);
    text.image(img, caption?.text ?? "");
    if (caption?.taken) text.takeCaption(caption.taken);
    notes.push(`lead photo taken from above the article's text: ${(addressesOf.get(img) ?? [])[0] ?? ""}`);
  }
  const walkedFrom = text.paragraphs.length;
  text.walk(content.root, true);
  text.markRepeated(walkedFrom, pageTexts);
  if (known) {
    for (const line of leftOutProse(prose, text.lines, headline, end)) text.leftOut(line);
  }
  for (const img of known ? outside.filter((img) => !lead.includes(img)).slice(0, 20) : []) {
    const caption = captionsBefore.get(img)?.text ?? "";
    notes.push(
      `photo outside the article's text left out (sidebar, related or header box): ${(addressesOf.get(img) ?? [])[0] ?? ""}${caption ? ` "${caption.slice(0, 40)}"` : ""}`,
    );
  }
  const page: ExtractedPage = { lines: text.lines, paragraphs: text.paragraphs, hints, images: text.images, notes };
  if (url && /^https?:\/\//u.test(url)) page.originalUrl = url;
  return page;
}
