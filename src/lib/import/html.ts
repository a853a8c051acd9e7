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
import { chooseTitle, cleanTitleText, type TitleCandidate } from "./title.ts";
import { findDate } from "./dates.ts";
import { metaOf } from "./meta.ts";
import type { VFile } from "vfile";
import { attend } from "./messages.ts";
import type { Hints, Paragraph } from "./structure.ts";

export type PageImage = {
  /** As written in the page. */
  src: string;
  caption: string;
  /** Every address the page gives (src, lazy-load attributes, srcset), in that order. */
  candidates: readonly string[];
};

/** Attributes where pages put a photo's address (lazy loading keeps the real one out of src). */
const IMAGE_ATTRIBUTES = [
  "src",
  "data-src",
  "data-original",
  "data-lazy-src",
  "data-actualsrc",
  "data-echo",
  "data-url",
];
/** Class names of a photo's caption when it is no <figcaption>. */
const CAPTION_SELECTOR =
  '[class*="caption"], [class*="Caption"], [class*="pic-info"], [class*="img-desc"], [class*="photo-text"], [class*="pictext"], [class*="img_text"], [class*="desc"]';

/** The addresses an <img> names, as written (before Readability makes them absolute). */
function imageAddresses(img: Element): string[] {
  const addresses = IMAGE_ATTRIBUTES.map((name) => img.getAttribute(name)?.trim() ?? "");
  for (const name of ["srcset", "data-srcset"]) {
    for (const entry of (img.getAttribute(name) ?? "").split(",")) addresses.push(entry.trim().split(/\s+/u)[0] ?? "");
  }
  return [...new Set(addresses.filter((address) => address !== "" && !address.startsWith("data:")))];
}

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
        if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t) && t !== "WebPage")) return item;
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

/** Reads the article out of a saved page (what to check goes on `file`), or says why there is none. */
export function extractPage(html: string, file: VFile): ExtractedPage | { error: string } {
  // a fragment (no <html>) gets a document around it
  const whole = /<html[\s>]/iu.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const bounded = boundNesting(whole);
  const { document } = parseHTML(bounded.html);
  if (!document.documentElement || !document.body) return { error: "this is no readable HTML page: nothing written" };
  const notes: string[] = [];
  if (bounded.flattened > 0)
    attend(file, {
      line: 1,
      column: 1,
      text: "",
      reason: `${bounded.flattened} element(s) nested deeper than ${MAX_DEPTH} levels lost their tags (their text kept): check the page's structure`,
      ruleId: "import-deep-nesting",
    });
  const ld = jsonLdArticle(document);
  const hints: Hints = {};
  const siteName = meta(document, "og:site_name", "SiteName") ?? asText(ld?.["publisher"]);
  const titleCandidates: TitleCandidate[] = [
    ...[...document.querySelectorAll("h1")]
      .slice(0, 5)
      .map((h1) => ({ text: h1.textContent ?? "", from: "h1" as const })),
    ...[asText(ld?.["headline"])].flatMap((text) => (text ? [{ text, from: "json-ld" as const }] : [])),
    ...[meta(document, "og:title", "ArticleTitle", "twitter:title")].flatMap((text) =>
      text ? [{ text, from: "og:title" as const }] : [],
    ),
    ...[meta(document, "title") ?? document.querySelector("title")?.textContent ?? undefined].flatMap((text) =>
      text ? [{ text, from: "title" as const }] : [],
    ),
  ];
  const chosenTitle = chooseTitle(titleCandidates, siteName);
  const title = chosenTitle?.text;
  if (chosenTitle?.note) notes.push(chosenTitle.note);
  const published =
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
    );
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
  if (title) hints.title = title;
  if (date) hints.date = date;
  if (date && moment) hints.moment = moment;
  // `<meta name="source" content="来源：人民网－人民日报">`: the value without its label
  if (source) hints.source = clean(source).replace(/^(?:来源|來源|稿源|出处|出處)\s*[:：]\s*/u, "");
  if (author && !/^https?:/u.test(author)) hints.author = clean(author);

  // the breadcrumb is navigation, which Readability leaves out: look for it in the whole page first
  for (const element of document.querySelectorAll("div, nav, p, span, td, ol, ul")) {
    const text = clean(element.textContent ?? "");
    if (text.length > 100 || text.length < 4) continue;
    const crumbs = breadcrumbOf(text);
    if (crumbs && crumbs.length >= 2) {
      hints.breadcrumb = crumbs;
      break;
    }
  }
  // the page's data line (date, source, account name), which Readability may leave out
  const info: string[] = [];
  for (const element of document.querySelectorAll("[class], [id]")) {
    const name = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (!INFO_CLASS.test(name) || element.querySelector("p, div, li, h1, h2")) continue;
    const text = clean(element.textContent ?? "");
    if (text !== "" && text.length <= 120 && !info.includes(text) && !info.some((t) => t.includes(text)))
      info.push(text);
    if (info.length >= 8) break;
  }
  // a data line under any class: a printed date with a time of day or a source label, before the body
  if (!info.some((text) => metaOf(text)?.date)) {
    for (const element of document.querySelectorAll("div, span, p, time, td, font")) {
      if (element.querySelector("p, div, li, h1, h2, img")) continue;
      const text = clean(element.textContent ?? "");
      if (text.length < 8 || text.length > 60) continue;
      const data = metaOf(text);
      const plainTime = data?.date?.time !== undefined && data.source === undefined && data.author === undefined;
      const labelled = data?.date !== undefined && data.source !== undefined && /(?:来源|來源)\s*[:：]/u.test(text);
      if ((plainTime || labelled) && !info.includes(text)) {
        info.push(text);
        break;
      }
    }
  }
  // Readability rewrites addresses against <base href>; a saved page's photos are named as written
  const addressesOf = new WeakMap<Element, string[]>();
  for (const img of document.querySelectorAll("img")) addressesOf.set(img, imageAddresses(img));
  let reader: ReturnType<Readability<Node>["parse"]>;
  try {
    reader = new Readability(document as unknown as Document, {
      serializer: (node: Node) => node,
      charThreshold: 100,
    }).parse();
  } catch (error) {
    return {
      error: `the page could not be read (${error instanceof Error ? error.message : String(error)}): nothing written`,
    };
  }
  const root = reader?.content as Element | null | undefined;
  if (!root || (reader?.textContent ?? "").replace(/\s/gu, "").length < MIN_ARTICLE)
    return { error: "this page holds no article text (no main content found): nothing written" };
  if (!hints.title && reader?.title) hints.title = cleanTitleText(reader.title);
  if (!hints.source && reader?.siteName) hints.source = clean(reader.siteName);

  const lines: string[] = [];
  const paragraphs: Paragraph[] = [];
  const images: PageImage[] = [];
  const push = (text: string, image?: PageImage, heading = false): void => {
    const t = clean(text);
    if (t === "" && !image) return;
    lines.push(image ? t || image.caption : t);
    paragraphs.push(
      image
        ? {
            text: t || image.caption,
            line: lines.length,
            image: { src: image.src, caption: image.caption, candidates: image.candidates },
          }
        : heading
          ? { text: t, line: lines.length, heading: true }
          : { text: t, line: lines.length },
    );
  };
  if (hints.title) push(hints.title);
  // only the data: dated or sourced lines, with the short names just before them (WeChat: author, account)
  let names: string[] = [];
  for (const text of info) {
    const data = metaOf(text);
    if (data?.date || data?.source || data?.author) {
      for (const t of [...names, text]) push(t);
      names = [];
    } else if (/^[\p{Script=Han}A-Za-z0-9·_-]{1,16}$/u.test(text)) names = [...names, text].slice(-3);
    else names = [];
  }
  const imageOf = (img: Element, caption: string): void => {
    const candidates = addressesOf.get(img) ?? imageAddresses(img);
    const alt = clean(caption || img.getAttribute("alt") || img.getAttribute("title") || "");
    const src = candidates[0];
    if (src === undefined) {
      const inline = img.getAttribute("src") ?? "";
      if (inline !== "")
        notes.push(
          `image left out (inline data: the importer fetches nothing): ${inline.slice(0, 40)}…${alt ? ` "${alt}"` : ""}`,
        );
      return;
    }
    const image = { src, caption: alt, candidates };
    images.push(image);
    push(alt, image);
  };
  /** A caption beside a photo: a caption-classed element inside its figure, or the element right after it. */
  const captionNear = (node: Element): string => {
    const inside = node.querySelector(`figcaption, ${CAPTION_SELECTOR}`);
    if (inside) return inside.textContent ?? "";
    const next = node.nextElementSibling;
    return next && next.matches(CAPTION_SELECTOR) && !next.querySelector("img") ? (next.textContent ?? "") : "";
  };
  const captionsTaken = new Set<Element | null>();
  const walk = (node: Element): void => {
    const tag = node.tagName.toUpperCase();
    if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "IFRAME") return;
    if (tag === "FIGURE") {
      const photos = [...node.querySelectorAll("img")];
      const caption = captionNear(node);
      // a gallery: every photo, the caption with the first
      photos.forEach((img, index) => imageOf(img, index === 0 ? caption : ""));
      if (photos.length === 0) push(caption);
      return;
    }
    if (tag === "IMG") {
      const caption = captionNear(node);
      imageOf(node, caption);
      if (caption !== "") captionsTaken.add(node.nextElementSibling);
      return;
    }
    if (captionsTaken.has(node)) return;
    if (BLOCKS.has(tag) && !node.querySelector("p, div, figure, table, ul, ol, img")) {
      // <br> splits a block into lines, as the page shows it
      const html = node.innerHTML.replace(/<br\s*\/?>/giu, "\n");
      const { document: fragment } = parseHTML(`<div>${html}</div>`);
      const parts = (fragment.querySelector("div")?.textContent ?? "").split("\n");
      // the page marks headings: <h2>–<h6>, or a paragraph that is bold as a whole
      const bold = node.children.length === 1 && /^(?:STRONG|B)$/iu.test(node.children[0]?.tagName ?? "");
      const marked =
        /^H[2-6]$/u.test(tag) ||
        (tag === "P" && bold && clean(node.children[0]?.textContent ?? "") === clean(node.textContent ?? ""));
      for (const line of parts) push(line, undefined, marked && parts.length === 1);
      return;
    }
    let pending = "";
    for (const child of node.childNodes) {
      if (child.nodeType === 3) pending += child.textContent ?? "";
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (element.tagName.toUpperCase() === "BR") {
          push(pending);
          pending = "";
        } else if (
          ["SPAN", "A", "B", "STRONG", "EM", "I", "FONT", "U", "SUB", "SUP"].includes(element.tagName.toUpperCase()) &&
          !element.querySelector("img, p, div")
        ) {
          pending += element.textContent ?? "";
        } else {
          push(pending);
          pending = "";
          walk(element);
        }
      }
    }
    push(pending);
  };
  walk(root);
  const page: ExtractedPage = { lines, paragraphs, hints, images, notes };
  if (url && /^https?:\/\//u.test(url)) page.originalUrl = url;
  return page;
}
