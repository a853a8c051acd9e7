/**
 * Bounds a page's nesting before the DOM sees it. HTML parsers and Readability cost time in the
 * product of elements and depth (100,000 nested `<div>`s never finished); real news pages are
 * seldom deeper than 30. Elements nested deeper than `MAX_DEPTH` lose their tags and keep their
 * content, in one linear scan of the tags. Scripts (but structured data), styles, comments, inline
 * SVG and long inline data go first: most of a saved page's bytes, and nothing an article needs.
 */

/** Deeper than this, an element's tags are dropped (its text and photos kept). */
export const MAX_DEPTH = 60;

/** Elements that never hold others, or whose end tag is optional (they cannot nest deeply). */
const NOT_NESTING = new Set(
  (
    "area base br col embed hr img input link meta source track wbr " +
    "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp"
  ).split(" "),
);

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title|xmp|noscript|svg|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/giu;
/** Code, styles, comments and drawings: no article text, most of a saved page's bytes. */
const DROPPED = new Set(["script", "style", "svg", "template"]);
/** Inline data (base64 images, fonts) in attributes: replaced by an empty data address. */
const INLINE_DATA = /(["'])data:[^"']{200,}\1/gu;

/** Whether a matched token is code, style, a comment or a drawing that no extraction reads. */
function isDropped(token: RegExpExecArray | RegExpMatchArray): boolean {
  if (token[0].startsWith("<!--")) return true;
  const raw = token[1]?.toLowerCase();
  if (raw === undefined || !DROPPED.has(raw)) return false;
  // structured data stays: it holds the article's metadata
  return !(raw === "script" && /^<script[^>]*type\s*=\s*["']?application\/ld\+json/iu.test(token[0]));
}

/** The page with its nesting bounded, and how many elements lost their tags. */
export function boundNesting(html: string, maxDepth = MAX_DEPTH): { html: string; flattened: number } {
  const out: string[] = [];
  /** Per open element (by name): whether its tags were kept. */
  const open: { name: string; kept: boolean }[] = [];
  /** How many of each name are open: an end tag of a name not open costs nothing. */
  const openCount = new Map<string, number>();
  let flattened = 0;
  let copiedTo = 0;
  for (const match of html.matchAll(TOKEN)) {
    if (isDropped(match)) {
      out.push(html.slice(copiedTo, match.index));
      copiedTo = match.index + match[0].length;
      continue;
    }
    const name = match[3]?.toLowerCase();
    if (name === undefined || NOT_NESTING.has(name)) continue;
    let keep: boolean;
    if (match[2] === "/") {
      // an end tag closes the nearest open element of its name (and the ones left open inside it)
      if ((openCount.get(name) ?? 0) === 0) continue;
      const at = open.findLastIndex((element) => element.name === name);
      keep = open[at]?.kept ?? true;
      for (const closed of open.splice(at)) openCount.set(closed.name, (openCount.get(closed.name) ?? 1) - 1);
    } else {
      keep = open.length < maxDepth;
      open.push({ name, kept: keep });
      openCount.set(name, (openCount.get(name) ?? 0) + 1);
    }
    if (keep) {
      if (match[0].length > 300 && match[0].includes("data:")) {
        out.push(html.slice(copiedTo, match.index), match[0].replace(INLINE_DATA, "$1data:,$1"));
        copiedTo = match.index + match[0].length;
      }
      continue;
    }
    flattened += match[2] === "/" ? 0 : 1;
    out.push(html.slice(copiedTo, match.index));
    copiedTo = match.index + match[0].length;
  }
  if (copiedTo === 0) return { html, flattened };
  out.push(html.slice(copiedTo));
  return { html: out.join(""), flattened };
}
