/**
 * A saved page's photos as the page names them: every address an `<img>` gives (lazy-load
 * attributes, srcset, its `<picture>` sources, its `<noscript>` fallback), read before anything
 * rewrites them against `<base href>`; their captions and credits; and the lead photo that sits
 * outside the extracted article (between the headline and the text).
 */
import { oneLine } from "./dom-text.ts";
import { isCaption } from "./captions.ts";

/** Attributes where pages put a photo's address (lazy loading keeps the real one out of src). */
const IMAGE_ATTRIBUTES = [
  "src",
  "data-src",
  "data-original",
  "data-lazy-src",
  "data-lazy",
  "data-lazyload",
  "data-actualsrc",
  "data-echo",
  "data-url",
  "data-hi-res-src",
  "data-full-src",
  "data-img",
  "data-imgsrc",
  "data-original-src",
];
const SRCSET_ATTRIBUTES = ["srcset", "data-srcset", "data-lazy-srcset"];

/** Class names of a photo's caption when it is no <figcaption>. */
export const CAPTION_SELECTOR =
  '[class*="caption"], [class*="Caption"], [class*="pic-info"], [class*="img-desc"], [class*="photo-text"], [class*="pictext"], [class*="img_text"], [class*="desc"], [class*="photo_txt"], [class*="pic_txt"], [class*="imgtxt"], [class*="img-txt"]';
/** Class names of a photo's credit (photographer, agency). */
const CREDIT_SELECTOR = '[class*="credit"], [class*="Credit"], [class*="copyright"], [class*="source"]';
/** A credit written out: `图像来源，Getty Images`, `圖／中央社`, `（攝影：…）`, `Photo: …`. */
const CREDIT_TEXT =
  /^[（(]?\s*(?:图像来源|圖像來源|图片来源|圖片來源|图片|圖片|图|圖|攝影|摄影|影像|Photo|Image|Credit)\s*[:：，,／/｜|]/iu;

function srcsetAddresses(element: Element): string[] {
  return SRCSET_ATTRIBUTES.flatMap((name) =>
    // entries part at a comma and space: a comma inside an address (c_fill,w_780) stays
    (element.getAttribute(name) ?? "").split(/,\s+/u).map((entry) => entry.trim().split(/\s+/u)[0] ?? ""),
  );
}

/** The addresses an <img> names, as written: its attributes, srcset, then its <picture>'s sources. */
export function imageAddresses(img: Element): string[] {
  const addresses = IMAGE_ATTRIBUTES.map((name) => img.getAttribute(name)?.trim() ?? "");
  addresses.push(...srcsetAddresses(img));
  const picture = img.parentElement?.tagName.toUpperCase() === "PICTURE" ? img.parentElement : null;
  for (const source of picture?.querySelectorAll("source") ?? []) addresses.push(...srcsetAddresses(source));
  return [...new Set(addresses.filter((address) => address !== "" && !address.startsWith("data:")))];
}

/**
 * Every photo's addresses, read before Readability rewrites them. A `<noscript>` fallback photo
 * joins the lazy-load `<img>` it stands beside (or replaces the `<noscript>` when it stands alone).
 */
export function readImageAddresses(document: Document): WeakMap<Element, string[]> {
  const addressesOf = new WeakMap<Element, string[]>();
  for (const img of document.querySelectorAll("img")) addressesOf.set(img, imageAddresses(img));
  for (const noscript of document.querySelectorAll("noscript")) {
    const fallback = noscript.querySelector("img");
    if (!fallback) continue;
    const beside = [noscript.previousElementSibling, noscript.nextElementSibling, noscript.parentElement]
      .map((element) => (element?.tagName.toUpperCase() === "IMG" ? element : element?.querySelector(":scope > img")))
      .find((element): element is Element => element !== null && element !== undefined && element !== fallback);
    const fallbackAddresses = addressesOf.get(fallback) ?? [];
    if (beside) {
      addressesOf.set(beside, [...new Set([...(addressesOf.get(beside) ?? []), ...fallbackAddresses])]);
      noscript.remove();
    } else noscript.replaceWith(fallback);
  }
  return addressesOf;
}

/** The credit inside a figure, outside its caption. */
function creditIn(figure: Element, caption: Element | null): string {
  for (const element of figure.querySelectorAll(`${CREDIT_SELECTOR}, span, small, p, div`)) {
    if (element.querySelector("img") || (caption && (caption.contains(element) || element.contains(caption)))) continue;
    const text = oneLine(element.textContent ?? "");
    if (text !== "" && text.length <= 60 && (element.matches(CREDIT_SELECTOR) || CREDIT_TEXT.test(text))) return text;
  }
  return "";
}

/** A caption with its credit, once. */
function withCredit(caption: string, credit: string): string {
  if (credit === "" || caption.includes(credit)) return caption;
  return caption === "" ? credit : `${caption}（${credit.replace(/^[（(]|[)）]$/gu, "")}）`;
}

/** Whether a line reads as a photo's caption or credit: `圖／…`, `（攝影：…）`, `▲…`, `图为…`, `图像来源，…`. */
export function readsAsCaption(text: string): boolean {
  return text !== "" && text.length <= 160 && (isCaption(text) || CREDIT_TEXT.test(text));
}

/** A caption written as a paragraph under the photo. */
function captionParagraph(element: Element | null): element is Element {
  if (!element || element.querySelector("img")) return false;
  return readsAsCaption(oneLine(element.textContent ?? ""));
}

/**
 * The caption beside a photo, with its credit: a <figcaption> or caption-classed element inside its
 * figure, else the element right after it when classed or written as a caption. `taken` is that
 * element (the walk then skips it).
 */
export function captionNear(node: Element): { text: string; taken?: Element } {
  // a <figcaption> first: a caption-classed credit may stand before it (BBC: 图像来源，…)
  const inside = node.querySelector("figcaption") ?? node.querySelector(CAPTION_SELECTOR);
  if (inside) {
    // a credit inside the caption (DW, BBC: description, then 图像来源) is set apart from it
    const credit = [...inside.querySelectorAll("*")].find(
      (element) => element.matches(CREDIT_SELECTOR) || CREDIT_TEXT.test(oneLine(element.textContent ?? "")),
    );
    const creditText = credit ? oneLine(credit.textContent ?? "") : "";
    const own = oneLine(inside.textContent ?? "")
      .replace(creditText, "")
      .trim();
    return { text: withCredit(own, creditText || creditIn(node, inside)), taken: inside };
  }
  const credit = node.tagName.toUpperCase() === "IMG" ? "" : creditIn(node, null);
  const next = node.nextElementSibling;
  if (next && ((next.matches(CAPTION_SELECTOR) && !next.querySelector("img")) || captionParagraph(next)))
    return { text: withCredit(oneLine(next.textContent ?? ""), credit), taken: next };
  return { text: credit };
}

/** Document order of every element, read before Readability moves them. */
export function documentOrder(document: Document): WeakMap<Element, number> {
  const order = new WeakMap<Element, number>();
  let index = 0;
  for (const element of document.querySelectorAll("*")) order.set(element, index++);
  return order;
}

/** How far above a photo its box may be (img → picture → box → wrapper). */
const BOX_LEVELS = 3;
/** A photo's box holds the photo, its caption and credit: a box with more children holds more. */
const BOX_CHILDREN = 6;

/** The figure a photo stands in: its <figure>, or the smallest box around it alone with its caption. */
export function figureOf(img: Element): Element {
  const figure = img.closest("figure");
  if (figure) return figure;
  let box: Element = img;
  let level = 0;
  for (
    let parent = img.parentElement;
    parent &&
    level < BOX_LEVELS &&
    parent.tagName.toUpperCase() !== "BODY" &&
    parent.children.length <= BOX_CHILDREN &&
    parent.querySelectorAll("img").length === 1;
    parent = parent.parentElement, level++
  ) {
    // a box with more text than a caption holds the article, not the photo
    if (oneLine(parent.textContent ?? "").length > 200) break;
    box = parent;
    if (parent.querySelector(`figcaption, ${CAPTION_SELECTOR}`)) return parent;
  }
  return box;
}

/** A photo of the article: not a thumbnail inside a link, nor an icon (width or height under 100). */
export function isArticlePhoto(img: Element): boolean {
  if (img.closest("a[href]")) return false;
  return !["width", "height"].some((name) => {
    const value = Number.parseInt(img.getAttribute(name) ?? "", 10);
    return Number.isFinite(value) && value < 100;
  });
}

/**
 * Lead photos: photos the page shows between its headline and the article's text, which the
 * extraction left out (they stand in a header box). A photo inside navigation, an aside or a
 * link list is none; nor is a small icon (width or height under 100).
 */
export function leadPhotos(
  candidates: readonly Element[],
  order: WeakMap<Element, number>,
  from: number,
  to: number,
): Element[] {
  return candidates.filter((img) => {
    const at = order.get(img) ?? -1;
    if (at <= from || at >= to) return false;
    return img.closest("nav, aside, footer") === null && isArticlePhoto(img);
  });
}
