/**
 * A saved page's headline: the `<h1>` on the page, else the structured data's headline, else
 * og:title or `<title>` without the site's name and section (`标题_国内_新华网`, `標題 | 端傳媒`,
 * `站名 - 標題`). Characters inside the headline are kept as written (full-width spaces too).
 */

/** Where a headline came from, best evidence first. */
export type TitleSource = "h1" | "json-ld" | "og:title" | "title";
export type TitleCandidate = { text: string; from: TitleSource };
export type ChosenTitle = {
  text: string;
  from: TitleSource;
  note?: string;
  /** The metadata title before the site's name was removed. */
  trimmedFrom?: string;
  /** No other of the page's sources gives this headline. */
  unconfirmed?: boolean;
};

/** Separators sites put between headline, section and site name. */
const SEPARATOR = /\s+[|｜–—-]{1,2}\s+|\s*[_｜]\s*|\s+::?\s+/u;
/** Collapses ASCII white space and no-break spaces; keeps U+3000 as written. */
export function cleanTitleText(text: string): string {
  return text.replace(/[ \t\n\r\f\u00a0]+/gu, " ").trim();
}

/** A part of a title that names the site or its section, not the article. */
function isSiteOrSection(part: string, siteName: string | undefined): boolean {
  const squeezed = squeeze(part);
  if (siteName !== undefined && (squeezed.includes(squeeze(siteName)) || squeeze(siteName).includes(squeezed)))
    return true;
  return (
    SITE_NAME_END.test(squeezed.replace(/[(（][\w.-]+[)）]$/u, "")) ||
    /[(（]?[\w-]+\.(?:com|net|org|cn|hk|tw|mo|sg)[)）]?$/iu.test(squeezed) ||
    /^[A-Za-z0-9 .&'-]+$/u.test(part) ||
    /^(?:19|20)\d{6}$/u.test(squeezed) ||
    [...squeezed].length <= 4
  );
}

/**
 * `标题_栏目_站名` → `标题`: the parts that name the site or a section go; the headline is what
 * remains (the longest part when several do).
 */
export function withoutSiteName(text: string, siteName?: string): string {
  const parts = text
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return text;
  const kept = parts.filter((part) => !isSiteOrSection(part, siteName));
  const candidates = kept.length > 0 ? kept : [];
  if (candidates.length === 0) return text;
  const longest = candidates.reduce((best, part) => ([...part].length > [...best].length ? part : best));
  return [...longest].length >= 4 ? longest : text;
}

const squeeze = (text: string): string => text.replace(/[\s\u3000]+/gu, "");

/** How news sites' names end: 新华网, 聯合新聞網, 明報, 中央通訊社, 端傳媒, BBC News 中文. */
const SITE_NAME_END =
  /(?:网|網|报|報|新闻|新聞|时报|時報|日报|日報|晚报|晚報|通讯社|通訊社|传媒|傳媒|媒体|媒體|电视台|電視台|频道|頻道|门户|門戶|电子版|電子版|电子报|電子報|网站|網站|客户端|客戶端|政府|新闻局|新聞局|新闻办|新聞處|新闻处|news|online|media|中文|SETN\.COM)$/iu;

/** Titles that only a site's front page or edition has: `澳門日報電子版`, `某某網首頁`. */
const SITE_ONLY = /^[\p{Script=Han}A-Za-z]{2,10}(?:电子版|電子版|网站|網站|首页|首頁|官网|官網|门户网站|門戶網站)$/u;

/**
 * Whether a metadata title is the site's name rather than a headline: the page's `og:site_name`
 * or publisher, or a short text ending like a site's name while the page has a longer `<h1>`.
 */
function isSiteName(text: string, siteName: string | undefined, heading: string | undefined): boolean {
  const squeezed = squeeze(text);
  if (siteName !== undefined && squeezed === squeeze(siteName)) return true;
  if (SITE_ONLY.test(squeezed)) return true;
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
  const confirmed = headings.find((heading) => {
    const wanted = squeeze(heading.text);
    if (stripped.some((candidate) => squeeze(candidate.text) === wanted)) return true;
    // within a longer title, a heading that reads as the site's name (a logo in <h1>) confirms nothing
    return (
      !isSiteOrSection(heading.text, siteName) && named.some((candidate) => squeeze(candidate.text).includes(wanted))
    );
  });
  if (confirmed) return { text: confirmed.text, from: "h1" };
  if (stripped.length === 0 && headings[0]) return { text: headings[0].text, from: "h1" };
  const best = stripped[0];
  if (!best) return undefined;
  const raw = named.find((candidate) => candidate.from === best.from)?.text;
  const trimmed = raw !== undefined && raw !== best.text ? { trimmedFrom: raw } : {};
  // another source giving the same headline (as written, where this one was trimmed) confirms it
  const confirming = stripped.filter(
    (candidate) =>
      candidate !== best &&
      squeeze(candidate.text) === squeeze(best.text) &&
      (raw === best.text || named.some((one) => one.from === candidate.from && one.text === candidate.text)),
  );
  const alone = confirming.length === 0 ? { unconfirmed: true } : {};
  const disagreeing = usable.filter((candidate) => squeeze(candidate.text) !== squeeze(best.text));
  const note =
    disagreeing.length > 0
      ? `title from ${best.from}; ${disagreeing.map((candidate) => `${candidate.from} says "${candidate.text}"`).join(", ")}`
      : undefined;
  return { text: best.text, from: best.from, ...(note ? { note } : {}), ...trimmed, ...alone };
}

/**
 * The site's name beside the headline in a page's <title> (`東方日報 A1：標題`, `標題_栏目_站名`):
 * the part that reads as a site's name, without its edition or page number.
 */
export function siteNameInTitle(title: string, headline: string | undefined): string | undefined {
  const whole = cleanTitleText(title);
  if (SITE_ONLY.test(squeeze(whole))) return whole.replace(/(?:电子版|電子版|网站|網站|首页|首頁|官网|官網)$/u, "");
  const at = headline ? whole.indexOf(headline) : -1;
  const rest = at >= 0 ? `${whole.slice(0, at)} | ${whole.slice(at + (headline?.length ?? 0))}` : whole;
  const parts = rest
    .split(/[\s|｜_:：–—-]+/u)
    .map((part) => part.replace(/[(（][\w.-]+[)）]$/u, "").trim())
    .filter((part) => part !== "" && part !== headline);
  return parts
    .filter((part) => [...part].length >= 3 && SITE_NAME_END.test(part))
    .at(-1)
    ?.replace(/(?<=\p{Script=Han}{2})(?:电子版|電子版|网站|網站|首页|首頁|官网|官網)$/u, "");
}
