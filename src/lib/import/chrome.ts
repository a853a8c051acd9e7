/**
 * Page chrome inside a saved page's main content, told by evidence in the markup (the signals of
 * Readability's scoring), not by one site's phrases: class and id names (related, share, tag,
 * subscribe, comment…), link density (a block that is mostly links), headings that are a link
 * only (topic tags), and text the page repeats outside the article (navigation and sidebars).
 * Each finding says whether the evidence is clear; what is removed on weaker evidence is named to
 * the editor.
 */

export type ChromeFinding = { reason: string; sure: boolean };

/** Class or id words of page chrome (Readability's "unlikely candidates", widened for news sites). */
const CHROME_NAME =
  /(?:^|[\s_-])(?:related|relate|recommend\w*|rec-?list|more-?news|hot-?news|hot|popular|most-?read|mostread|ranking|rank|trending|toplist|tags?|tag-?list|keywords?|topics?|share|sharing|social|sns|share-?bar|toolbar|tools|app-?promo|app-?download|download|promo|subscribe|subscription|newsletter|copyright|comments?|reply|disqus|pager|pagination|gallery-?(?:count|nav|index|num)|counter|breadcrumbs?|crumbs?|byline|author|article-?meta|post-?meta|article-?info|post-?info|news-?info|timestamp|pubtime|publish-?time|sidebar|aside|ad|ads|advert\w*|sponsor\w*|banner|footer|nav|navbar|menu|readmore|read-?more|statement|disclaimer|extend-?read|also-?read|outbrain|taboola)(?:$|[\s_-])/iu;
/** Class words that keep an element however its other words read (the article itself, photos). */
const CONTENT_NAME =
  /(?:^|[\s_-])(?:article-?(?:body|content|text)|story-?body|post-?content|content-?body|caption|figure|photo|picture|image|img|figcaption)(?:$|[\s_-])/iu;

const collapse = (text: string): string => text.replace(/[\s\u00a0\u3000]+/gu, "");

/** Why an element's class or id names page chrome, or undefined. */
function chromeName(element: Element): string | undefined {
  const name = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.trim();
  if (name === "" || CONTENT_NAME.test(name)) return undefined;
  const role = element.getAttribute("role") ?? "";
  if (/^(?:navigation|complementary|banner|contentinfo)$/u.test(role)) return `role "${role}"`;
  const word = CHROME_NAME.exec(name)?.[0]?.replace(/^[\s_-]|[\s_-]$/gu, "");
  return word === undefined ? undefined : `class/id "${word}"`;
}

/** Share of an element's text inside links. */
export function linkDensity(element: Element): number {
  const total = collapse(element.textContent ?? "").length;
  if (total === 0) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll("a")) linked += collapse(link.textContent ?? "").length;
  return Math.min(1, linked / total);
}

/** Prose: a sentence of some length with its punctuation, outside links. */
function holdsProse(element: Element): boolean {
  for (const block of [element, ...element.querySelectorAll("p, div, li")]) {
    let own = "";
    for (const node of block.childNodes) if (node.nodeType === 3) own += node.textContent ?? "";
    for (const child of block.children)
      if (/^(?:SPAN|B|STRONG|EM|I|FONT)$/u.test(child.tagName.toUpperCase())) own += child.textContent ?? "";
    if (collapse(own).length >= 40 && /[，。！？；]/u.test(own)) return true;
  }
  return false;
}

/** The texts of a page's links, counted (text the page repeats is navigation, not article). */
export function linkTexts(document: Document): Map<string, number> {
  const counts = new Map<string, number>();
  for (const link of document.querySelectorAll("a")) {
    const text = collapse(link.textContent ?? "");
    if (text.length >= 2 && text.length <= 40) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

const PHOTO_TAGS = /^(?:IMG|FIGURE|PICTURE|FIGCAPTION)$/u;

/**
 * Whether an element of the main content is page chrome, with the evidence: its class or id, its
 * links (a list of links, a heading that is a link), its text repeated elsewhere on the page.
 */
export function chromeOf(element: Element, pageLinks: ReadonlyMap<string, number>): ChromeFinding | undefined {
  const tag = element.tagName.toUpperCase();
  if (PHOTO_TAGS.test(tag)) return undefined;
  const text = collapse(element.textContent ?? "");
  if (text === "") return undefined;
  const photos = element.querySelector("img, figure") !== null;
  const named = chromeName(element);
  const prose = holdsProse(element);
  if (named && !prose && !photos) return { reason: `page chrome (${named})`, sure: true };
  if (named && !photos) return { reason: `page chrome (${named}, though it holds a sentence)`, sure: false };
  const links = element.querySelectorAll("a").length;
  const density = linkDensity(element);
  if (/^H[1-6]$/u.test(tag) && links > 0 && density >= 0.9)
    return { reason: "page chrome (a heading that is a link only: topic or tag)", sure: true };
  if (photos || prose) return undefined;
  if (links >= 2 && density >= 0.8) return { reason: "page chrome (a list of links)", sure: true };
  if (links >= 1 && density >= 0.9 && (pageLinks.get(text) ?? 0) >= 2)
    return { reason: "page chrome (a link the page repeats elsewhere)", sure: true };
  if (links >= 1 && density >= 0.5 && text.length <= 40)
    return { reason: "page chrome (a short line that is mostly a link)", sure: false };
  return undefined;
}

/**
 * The texts of the page's chrome by class, id or role, read before Readability (which drops class
 * names where it rewrites the markup): each block's text, and each line inside it.
 */
export function namedChromeTexts(document: Document): Map<string, ChromeFinding> {
  const texts = new Map<string, ChromeFinding>();
  for (const element of document.querySelectorAll("[class], [id], [role]")) {
    const named = chromeName(element);
    if (!named || element.querySelector("img, figure") || holdsProse(element)) continue;
    const finding = { reason: `page chrome (${named})`, sure: true };
    for (const part of [element, ...element.querySelectorAll("p, li, a, h2, h3, h4, h5, h6, span, div")]) {
      const text = collapse(part.textContent ?? "");
      if (text.length >= 2 && text.length <= 200 && !texts.has(text)) texts.set(text, finding);
    }
  }
  return texts;
}

/** A line's chrome finding by the text the page's named chrome holds. */
export function namedChromeOf(line: string, texts: ReadonlyMap<string, ChromeFinding>): ChromeFinding | undefined {
  return texts.get(collapse(line));
}

/** Short texts of the page's leaf blocks and links, counted (read before the extraction). */
export function blockTexts(document: Document): Map<string, number> {
  const counts = new Map<string, number>();
  for (const element of document.querySelectorAll("p, li, a, h2, h3, h4, h5, h6, span, div, td")) {
    if (element.firstElementChild && element.querySelector("p, li, div, h2, h3, h4, td")) continue;
    const text = collapse(element.textContent ?? "");
    if (text.length >= 4 && text.length <= 60) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

/**
 * The lines the page prints more often than the article holds them: text repeated outside the
 * article (a promotion in header and body, a module shown twice). A pull quote the article repeats
 * itself counts once per line of the article, so it stays.
 */
export function repeatedOutside(lines: readonly string[], pageTexts: ReadonlyMap<string, number>): Set<number> {
  const inArticle = new Map<string, number>();
  for (const line of lines) inArticle.set(collapse(line), (inArticle.get(collapse(line)) ?? 0) + 1);
  const repeated = new Set<number>();
  lines.forEach((line, index) => {
    const text = collapse(line);
    const onPage = pageTexts.get(text) ?? 0;
    if (onPage >= 2 && onPage > (inArticle.get(text) ?? 0)) repeated.add(index);
  });
  return repeated;
}
