/**
 * Saved web pages: the article's text, images and metadata taken from the
 * HTML itself. Metadata is read by ./page-metadata.ts; the main content found by Mozilla's
 * Readability (the algorithm of Firefox's reader view) on linkedom, a DOM
 * that runs no script and loads nothing. The text then takes the text path.
 */
import { oneLine } from "./dom-text.ts";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
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
import { metaOf } from "./meta.ts";
import { readerTitleHints, readPageMetadata } from "./page-metadata.ts";
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
    const cleaned = oneLine(text);
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
    const cleaned = oneLine(text);
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
    const captionText = oneLine(caption ?? this.captionsBefore.get(img) ?? "");
    const alt = oneLine(captionText || img.getAttribute("alt") || img.getAttribute("title") || "");
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
      (tag === "P" && bold && oneLine(node.children[0]?.textContent ?? "") === oneLine(node.textContent ?? ""));
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
  const { hints, url, info } = readPageMetadata(document, notes);
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
  if (!hints.title && content.title) Object.assign(hints, readerTitleHints(content.title, hints.source));
  if (!hints.source && content.siteName) hints.source = oneLine(content.siteName);
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
