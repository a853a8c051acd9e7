/**
 * A saved page's headline: the `<h1>` on the page, else the structured data's headline, else
 * og:title or `<title>` without the site's name and section (`标题_国内_新华网`, `標題 | 端傳媒`,
 * `站名 - 標題`). Characters inside the headline are kept as written (full-width spaces too).
 */

/** Where a headline came from, best evidence first. */
export type TitleSource = "h1" | "json-ld" | "og:title" | "title";
export type TitleCandidate = { text: string; from: TitleSource };
export type ChosenTitle = { text: string; from: TitleSource; note?: string };

/** Separators sites put between headline, section and site name. */
const SEPARATOR = /\s+[|｜–—-]{1,2}\s+|\s*[_｜]\s*|\s+::\s+/u;
/** Collapses ASCII white space and no-break spaces; keeps U+3000 as written. */
export function cleanTitleText(text: string): string {
  return text.replace(/[ \t\n\r\f\u00a0]+/gu, " ").trim();
}

/** `标题_栏目_站名` → `标题`: the longest part when the others are short names. */
export function withoutSiteName(text: string, siteName?: string): string {
  const parts = text
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return text;
  const longest = parts.reduce((best, part) => ([...part].length > [...best].length ? part : best));
  const others = parts.filter((part) => part !== longest);
  const allNames = others.every(
    (part) =>
      [...part].length <= 12 || (siteName !== undefined && (part.includes(siteName) || siteName.includes(part))),
  );
  return allNames && [...longest].length >= 4 ? longest : text;
}

const squeeze = (text: string): string => text.replace(/[\s\u3000]+/gu, "");

/** How news sites' names end: 新华网, 聯合新聞網, 明報, 中央通訊社, 端傳媒, BBC News 中文. */
const SITE_NAME_END =
  /(?:网|網|报|報|新闻|新聞|时报|時報|日报|日報|晚报|晚報|通讯社|通訊社|传媒|傳媒|电视台|電視台|频道|頻道|门户|門戶|news|online|中文)$/iu;

/**
 * Whether a metadata title is the site's name rather than a headline: the page's `og:site_name`
 * or publisher, or a short text ending like a site's name while the page has a longer `<h1>`.
 */
function isSiteName(text: string, siteName: string | undefined, heading: string | undefined): boolean {
  const squeezed = squeeze(text);
  if (siteName !== undefined && squeezed === squeeze(siteName)) return true;
  return (
    heading !== undefined &&
    [...squeezed].length <= 12 &&
    [...squeeze(heading)].length > [...squeezed].length &&
    SITE_NAME_END.test(squeezed)
  );
}

/** The page's headline from its candidates, with a note when they disagree. */
export function chooseTitle(candidates: readonly TitleCandidate[], siteName?: string): ChosenTitle | undefined {
  const usable = candidates
    .map((candidate) => ({ ...candidate, text: cleanTitleText(candidate.text) }))
    .filter((candidate) => candidate.text !== "" && [...candidate.text].length <= 200);
  const headings = usable.filter((candidate) => candidate.from === "h1" && [...candidate.text].length >= 4);
  const named = usable.filter((candidate) => candidate.from !== "h1");
  const stripped = named
    .map((candidate) => ({
      ...candidate,
      text: candidate.from === "json-ld" ? candidate.text : withoutSiteName(candidate.text, siteName),
    }))
    .filter((candidate) => !isSiteName(candidate.text, siteName, headings[0]?.text));
  // an <h1> that the metadata confirms (or the only headline) is the page's own headline
  const confirmed = headings.find((heading) =>
    stripped.some((candidate) => squeeze(candidate.text).includes(squeeze(heading.text))),
  );
  if (confirmed) return { text: confirmed.text, from: "h1" };
  if (stripped.length === 0 && headings[0]) return { text: headings[0].text, from: "h1" };
  const best = stripped[0];
  if (!best) return undefined;
  const disagreeing = usable.filter((candidate) => squeeze(candidate.text) !== squeeze(best.text));
  const note =
    disagreeing.length > 0
      ? `title from ${best.from}; ${disagreeing.map((candidate) => `${candidate.from} says "${candidate.text}"`).join(", ")}`
      : undefined;
  return note ? { text: best.text, from: best.from, note } : { text: best.text, from: best.from };
}
