/**
 * Saved web pages: the article's text, images and metadata taken from the
 * HTML itself. Metadata is read by ./page-metadata.ts; the main content found by Mozilla's
 * Readability (the algorithm of Firefox's reader view) on linkedom, a DOM
 * that runs no script and loads nothing. The text then takes the text path.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { boundNesting, MAX_DEPTH } from "./flatten.ts";
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
const clean = (text: string): string => text.replace(/[\s\u00a0\u3000]+/gu, " ").trim();

/** Readability's main content, or why there is none. */
function mainContent(document: Document): { root: Element; title?: string; siteName?: string } | { error: string } {
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
  return {
    root,
    ...(reader?.title ? { title: reader.title } : {}),
    ...(reader?.siteName ? { siteName: reader.siteName } : {}),
  };
}

const INLINE_TAGS = new Set(["SPAN", "A", "B", "STRONG", "EM", "I", "FONT", "U", "SUB", "SUP"]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "IFRAME"]);

/** A caption beside a photo: a caption-classed element inside its figure, or the element right after it. */
function captionNear(node: Element): string {
  const inside = node.querySelector(`figcaption, ${CAPTION_SELECTOR}`);
  if (inside) return inside.textContent ?? "";
  const next = node.nextElementSibling;
  return next && next.matches(CAPTION_SELECTOR) && !next.querySelector("img") ? (next.textContent ?? "") : "";
}

/** The article's text as lines, one per paragraph, photo or data line, read from the main content. */
class PageText {
  readonly lines: string[] = [];
  readonly paragraphs: Paragraph[] = [];
  readonly images: PageImage[] = [];
  private readonly captionsTaken = new Set<Element | null>();
  private readonly addressesOf: WeakMap<Element, string[]>;
  private readonly notes: string[];

  constructor(addressesOf: WeakMap<Element, string[]>, notes: string[]) {
    this.addressesOf = addressesOf;
    this.notes = notes;
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
    else this.paragraphs.push(heading ? { text: cleaned, line, heading: true } : { text: cleaned, line });
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

  private image(img: Element, caption: string): void {
    const candidates = this.addressesOf.get(img) ?? imageAddresses(img);
    const alt = clean(caption || img.getAttribute("alt") || img.getAttribute("title") || "");
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
    for (const line of parts) this.push(line, undefined, marked && parts.length === 1);
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
      this.push(pending);
      pending = "";
      if (tag !== "BR") this.walk(element);
    }
    this.push(pending);
  }

  walk(node: Element): void {
    const tag = node.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === "FIGURE") {
      const photos = [...node.querySelectorAll("img")];
      const caption = captionNear(node);
      // a gallery: every photo, the caption with the first
      photos.forEach((img, index) => this.image(img, index === 0 ? caption : ""));
      if (photos.length === 0) this.push(caption);
      return;
    }
    if (tag === "IMG") {
      const caption = captionNear(node);
      this.image(node, caption);
      if (caption !== "") this.captionsTaken.add(node.nextElementSibling);
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
  const addressesOf = new WeakMap<Element, string[]>();
  for (const img of document.querySelectorAll("img")) addressesOf.set(img, imageAddresses(img));
  const content = mainContent(document);
  if ("error" in content) return content;
  if (!hints.title && content.title) Object.assign(hints, readerTitleHints(content.title, hints.source));
  if (!hints.source && content.siteName) hints.source = clean(content.siteName);
  const text = new PageText(addressesOf, notes);
  if (hints.title) text.push(hints.title);
  text.pushData(info);
  text.walk(content.root);
  const page: ExtractedPage = { lines: text.lines, paragraphs: text.paragraphs, hints, images: text.images, notes };
  if (url && /^https?:\/\//u.test(url)) page.originalUrl = url;
  return page;
}
