/**
 * Recognises the parts of a copied news page from evidence, not line order:
 * header (navigation, site name, breadcrumb), headline, data lines (date,
 * source, byline), body with its headings, captions, and the footer
 * (editor, reprint note, related links, copyright). Every line left out is
 * listed with the reason.
 */
import { breadcrumbOf } from "./breadcrumb.ts";
import { isCaption } from "./captions.ts";
import { findCompactRocDate, findDate, type DateCandidate, type FoundDate } from "./dates.ts";
import { FOOTER_START, furnitureReason, SITE_NAME, stripPageTools } from "./furniture.ts";
import { headingKind } from "./headings.ts";
import type { TitleSource } from "./title.ts";
import { bylineOf, creditsOf, datelineOf, isRoleLine, metaOf, type Meta } from "./meta.ts";

export { stripPageTools } from "./furniture.ts";
export { metaOf } from "./meta.ts";

export type Block = {
  kind: "paragraph" | "heading" | "subheading" | "image";
  text: string;
  line: number;
  src?: string;
};
/** A line left out; `unsure` when the evidence was not clear (the editor is asked to check it). */
export type Dropped = { line: number; text: string; reason: string; unsure?: boolean };
export type Paragraph = {
  text: string;
  line: number;
  /** A photo: as the page names it first, every address it gives (lazy loading), and its caption. */
  image?: { src: string; caption: string; candidates?: readonly string[] };
  /** The page marked it as a heading (a saved page's <h2>, a bold paragraph). */
  heading?: boolean;
  /** The page's markup shows it is chrome (./chrome.ts): never body text; `sure` when the evidence is clear. */
  chrome?: { reason: string; sure: boolean };
};

/** What the caller already knows (command-line options, a saved page's metadata). */
export type Hints = {
  title?: string;
  date?: string;
  /** The date with its time of day, as front matter takes it, when the page gives one. */
  moment?: string;
  source?: string;
  author?: string;
  breadcrumb?: string[];
  /** Where the title hint came from, and the text it was trimmed from (a site name removed). */
  titleFrom?: TitleSource;
  titleTrimmedFrom?: string;
  /** No other of the page's sources gives the same title. */
  titleUnconfirmed?: boolean;
  /** Every publication date the page's metadata gives, best evidence first. */
  dates?: DateCandidate[];
  /** The site's name guessed from the page's <title> (no og:site_name): a source of last resort. */
  siteName?: string;
  /** A byline printed anywhere on the page, and the credits after it (`攝影 李四`). */
  byline?: string;
  credits?: string[];
};

export type Structure = {
  breadcrumb: string[];
  title: string;
  /** Input line of the headline; 0 when it came from a hint only. */
  titleLine: number;
  /** `updated`: the only printed date is labelled as the last change. */
  date?: FoundDate & { line: number; updated?: boolean };
  source?: string;
  sourceLine?: number;
  author?: string;
  editors: string[];
  reprintedFrom?: string;
  blocks: Block[];
  captions: Dropped[];
  dropped: Dropped[];
  notes: string[];
};

const MAX_TITLE = 80;
const REPRINT =
  /^[（(]\s*(?:本文來自|本文来自|本文轉載自|本文转载自|轉載自|转载自|轉自|转自|摘自|原載於|原载于|原載|原载|來源\s*[:：]|来源\s*[:：]|稿源\s*[:：]|本文來源\s*[:：]|本文来源\s*[:：]|文章來源\s*[:：]|文章来源\s*[:：])\s*(.+?)\s*[)）]$/u;
const PRINT_EDITION =
  /^《\s*([^》]{2,20}?)\s*》\s*[（(]\s*(\d{4}年\d{1,2}月\d{1,2}日\s*(?:第\s*)?\d{0,2}\s*版)\s*[)）]$/u;
const TITLE_SUFFIX =
  /\s*(?:[_|｜]|\s[-–—]\s)\s*(?:[\p{Script=Han}A-Za-z ]{2,20}(?:网|網|网站|網站|政府|门户|門戶|日报|日報|新闻|新聞|CNA|中央社|早报|早報|公众号))$/u;
const TITLE_ATTACHMENT =
  /\s*[（(](?:附圖|附图|附短片|附图片|附圖片|圖|图|組圖|组图|附視頻|附视频|附表|多图|多圖|視頻|视频)[)）]$/u;
const END_MARK = /\s*[（(]\s*(?:完|终|終)\s*[)）]$/u;
const TRAILING_EDITOR = /\s*[（(]\s*(?:责编|責編|编辑|編輯|责任编辑|責任編輯)\s*[:：][^（）()]*[)）]\s*$/u;

type Kind = "furniture" | "breadcrumb" | "meta" | "caption" | "byline" | "text";
type Line = Paragraph & { kind: Kind; reason?: string; crumbs?: string[]; meta?: Meta; byline?: string };

function isNavBar(text: string): boolean {
  const parts = text.split(/[\s|｜·•]+/u).filter(Boolean);
  return parts.length >= 4 && parts.every((part) => part.length <= 6 && !/[。，、！？；：]/u.test(part));
}

function isProse(text: string): boolean {
  const withoutEndMark = text.replace(END_MARK, "");
  return (
    (withoutEndMark.length >= 40 && /[，。]/u.test(withoutEndMark)) || /[。！？…]["”’」』）)]?$/u.test(withoutEndMark)
  );
}

function classify(paragraph: Paragraph): Line {
  if (paragraph.image) return { ...paragraph, kind: "text" };
  const text = paragraph.text;
  const crumbs = breadcrumbOf(text);
  if (crumbs) return { ...paragraph, kind: "breadcrumb", crumbs };
  const reason = furnitureReason(text);
  const meta = metaOf(text);
  if (meta && (meta.date || meta.source || meta.author || meta.title)) return { ...paragraph, kind: "meta", meta };
  // the markup's evidence; a phrase rule, when one also matches, makes it clear
  if (paragraph.chrome)
    return {
      ...paragraph,
      kind: "furniture",
      reason: reason ? `${paragraph.chrome.reason}; ${reason}` : paragraph.chrome.reason,
      chrome: { ...paragraph.chrome, sure: paragraph.chrome.sure || reason !== undefined },
    };
  if (reason) return { ...paragraph, kind: "furniture", reason, ...(meta ? { meta } : {}) };
  if (meta) return { ...paragraph, kind: "furniture", reason: "page data line", meta };
  // a byline with its credits (`记者 张三\u3000编辑 李四`) is short words too, but no navigation
  const byline = bylineOf(text);
  if (byline) return { ...paragraph, kind: "byline", byline };
  // a dateline on a line of its own (`（中央社記者張雅淳台北22日電）`) is data, no caption
  const dateline = /^[（(【〔［[].{2,38}[)）】〕］\]]$/u.test(text) ? datelineOf(text) : undefined;
  if (dateline?.source || dateline?.author) {
    const meta: Meta = {};
    if (dateline.source) meta.source = dateline.source;
    if (dateline.author) meta.author = dateline.author;
    return { ...paragraph, kind: "meta", meta };
  }
  if (isNavBar(text)) return { ...paragraph, kind: "furniture", reason: "navigation bar" };
  if (isCaption(text)) return { ...paragraph, kind: "caption" };
  return { ...paragraph, kind: "text" };
}

const SHORT_NAME = /^[\p{Script=Han}A-Za-z0-9·・_-]{1,16}$/u;

/** Short name-like lines followed by a dated data line, read together as one data line. */
function joinedMeta(lines: readonly Line[], i: number): { meta: Meta; count: number } | undefined {
  const parts: string[] = [];
  for (let index = i; index < Math.min(lines.length, i + 5); index++) {
    const line = lines[index];
    if (!line || line.image) return undefined;
    parts.push(line.text);
    if (line.kind === "meta" && line.meta?.date && index > i) {
      const meta = metaOf(parts.join(" "));
      return meta?.date ? { meta, count: index - i + 1 } : undefined;
    }
    // a headline (eight characters or more) is no account name: it is never read as data
    const shortName = SHORT_NAME.test(line.text) && [...line.text].length <= 8;
    if (!shortName && !isRoleLine(line.text)) return undefined;
  }
  return undefined;
}

const normalise = (text: string): string => text.replace(/[\s\u3000]/gu, "");

function cleanTitle(text: string, notes: string[]): string {
  let title = stripPageTools(text).replace(TITLE_SUFFIX, "");
  const attachment = TITLE_ATTACHMENT.exec(title);
  if (attachment) {
    notes.push(
      `removed "${attachment[0].trim()}" from the title (the page's photos or video are not in a text import)`,
    );
    title = title.slice(0, attachment.index);
  }
  return title.trim();
}

function titleScore(lines: readonly Line[], i: number): number {
  const line = lines[i];
  if (!line || line.kind !== "text" || line.image) return -Infinity;
  const candidate = line.text;
  if ([...candidate].filter((char) => /[\p{Script=Han}\p{L}]/u.test(char)).length < 4) return -Infinity;
  if (
    candidate.length < 4 ||
    candidate.length > MAX_TITLE ||
    /[。；;：:]$/u.test(candidate) ||
    /^[（(]/u.test(candidate)
  )
    return -Infinity;
  if (/[。]/u.test(candidate) && candidate.length > 40) return -Infinity;
  if (isRoleLine(candidate)) return -Infinity;
  let score = 0;
  const after = lines.slice(i + 1).filter((line) => line.kind !== "furniture");
  const next = after[0];
  if (next?.kind === "meta" && (next.meta?.date || next.meta?.source)) score += 5;
  else if (joinedMeta(lines, i + 1)) score += 5;
  else if (next?.kind === "meta" || next?.kind === "byline") score += 3;
  else if (next && next.kind === "text" && isProse(next.text)) score += 2;
  const before = lines.slice(0, i).filter((line) => line.kind !== "furniture");
  const prev = before.at(-1);
  if (!prev || prev.kind === "breadcrumb") score += 2;
  if (SITE_NAME.test(candidate)) score -= 5;
  if (candidate.length < 6) score -= 2;
  if (/^[—–-]{1,2}/u.test(candidate)) score -= 6; // a subtitle (——记…) is no headline
  if (findDate(candidate) && candidate.length <= 30) score -= 4;
  if (candidate.length < 8 && /^[\p{Script=Han}]+$/u.test(candidate)) score -= 2;
  if ([...candidate].filter((char) => /\p{Script=Han}/u.test(char)).length >= 8) score += 1;
  if (isProse(candidate) && candidate.length > 30) score -= 3;
  if (headingKind(candidate) === "numbered") score -= 2;
  return score;
}

function chooseTitle(lines: readonly Line[], hint: string | undefined): number | undefined {
  if (hint) {
    const wanted = normalise(hint);
    const exact = lines.findIndex((line) => line.kind === "text" && normalise(stripPageTools(line.text)) === wanted);
    if (exact >= 0) return exact;
    const near = lines.findIndex(
      (line, index) =>
        index < 40 &&
        line.kind === "text" &&
        line.text.length <= MAX_TITLE &&
        (normalise(line.text).includes(wanted) || (wanted.includes(normalise(line.text)) && line.text.length >= 6)),
    );
    return near >= 0 ? near : undefined;
  }
  const firstProse = lines.findIndex((line) => line.kind === "text" && isProse(line.text) && line.text.length >= 50);
  const limit = firstProse >= 0 ? firstProse + 1 : Math.min(lines.length, 30);
  let best: number | undefined;
  let bestScore = -Infinity;
  for (let i = 0; i < limit; i++) {
    const score = titleScore(lines, i);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return bestScore > -Infinity ? best : undefined;
}

type DatedMeta = Meta & { line: number };
/** Where a data line stands: a site header's "today" date is no publication date, so header data comes last. */
type Region = "header" | "article" | "footer";

/** What recognition collects as it walks the lines. */
type Recognition = {
  readonly notes: string[];
  readonly dropped: Dropped[];
  readonly captions: Dropped[];
  readonly editors: string[];
  readonly metas: Record<Region, DatedMeta[]>;
  breadcrumb: string[];
  author?: string | undefined;
  reprintedFrom?: string | undefined;
};

function drop(state: Recognition, line: Line, reason: string, unsure = line.chrome?.sure === false): void {
  state.dropped.push({ line: line.line, text: line.text, reason, ...(unsure ? { unsure } : {}) });
}

function keepCaption(state: Recognition, line: Line): void {
  state.captions.push({ line: line.line, text: line.text, reason: "photo caption" });
}

/** Takes a data line (breadcrumb, data, byline, furniture) into the state; false for a line of text. */
function useDataLine(state: Recognition, line: Line, region: Region): boolean {
  if (line.kind === "breadcrumb" && line.crumbs) {
    if (state.breadcrumb.length === 0) state.breadcrumb = line.crumbs;
    else drop(state, line, "breadcrumb (repeated)");
    return true;
  }
  if (line.kind === "meta" && line.meta) {
    useMeta(state, line, line.meta, region);
    return true;
  }
  if (line.kind === "byline" && line.byline) {
    state.author ??= line.byline;
    state.editors.push(...creditsOf(line.text));
    drop(state, line, "byline (author)");
    return true;
  }
  if (line.kind === "furniture") {
    useFurniture(state, line, region);
    return true;
  }
  return false;
}

function useMeta(state: Recognition, line: Line, meta: Meta, region: Region): void {
  if (meta.title) {
    drop(state, line, "page data: title field");
    return;
  }
  state.metas[region].push({ ...meta, line: line.line });
  if (meta.author) state.author ??= meta.author;
  if (meta.editor) state.editors.push(meta.editor);
}

/** Page furniture is dropped; an editor named in it is kept, and a footer's dated editor line dates the page. */
function useFurniture(state: Recognition, line: Line, region: Region): void {
  if (line.meta?.editor) state.editors.push(line.meta.editor);
  const date = findCompactRocDate(line.text);
  if (region === "footer" && date && /編輯|编辑/u.test(line.text)) state.metas.footer.push({ date, line: line.line });
  drop(state, line, line.reason ?? "page furniture");
}

/** Everything before the headline: data kept for later, the rest dropped as page header. */
function readHeader(state: Recognition, header: readonly Line[]): void {
  for (const line of header) {
    if (useDataLine(state, line, "header")) {
      if (line.kind === "meta") drop(state, line, "page header data (used only when the article has none)");
      continue;
    }
    drop(
      state,
      line,
      SITE_NAME.test(line.text) ? "site name" : line.kind === "caption" ? "caption (header)" : "page header",
    );
  }
}

/** The data lines right after the headline; returns the index of the first line past them. */
function readDataLines(state: Recognition, lines: readonly Line[], start: number, title: Line | undefined): number {
  let index = start;
  for (; index < lines.length; index++) {
    const line = lines[index];
    if (!line) break;
    if (title && normalise(line.text) === normalise(title.text)) {
      drop(state, line, "headline (repeated)");
      continue;
    }
    if (useDataLine(state, line, "article")) continue;
    // data split over short lines (WeChat: `原创` / author / account / date): read them as one line
    const run = joinedMeta(lines, index);
    if (!run) break;
    state.metas.article.push({ ...run.meta, line: line.line });
    if (run.meta.author) state.author ??= run.meta.author;
    for (const joined of lines.slice(index, index + run.count))
      drop(state, joined, "data line (read with the next ones)");
    index += run.count - 1;
  }
  return index;
}

/** With the headline from a hint only, the page header runs up to the first prose; returns where the body starts. */
function skipHeaderToProse(state: Recognition, lines: readonly Line[], start: number): number {
  let index = start;
  for (let line = lines[index]; line?.kind === "text" && !isProse(line.text) && !line.image; line = lines[index]) {
    drop(state, line, "page header");
    index++;
  }
  return index;
}

/** A line whose chrome evidence its position confirms (after the body's end, or a footer marker). */
function corroborated(line: Line): Line {
  return line.chrome?.sure === false && line.chrome.reason !== "position"
    ? { ...line, chrome: { ...line.chrome, sure: true } }
    : line;
}

/** Body and footer: the footer from the first footer marker or end mark. */
function splitFooter(lines: readonly Line[]): { body: Line[]; footer: Line[] } {
  let body = [...lines];
  const isFooterStart = (line: Line, index: number): boolean =>
    index > 0 && line.kind === "furniture" && FOOTER_START.test(stripPageTools(line.text));
  const footerAt = body.findIndex(isFooterStart);
  // after a footer marker (相關報道：, 延伸閱讀…) a link line is chrome beyond doubt
  let footer = footerAt >= 0 ? body.slice(footerAt).map(corroborated) : [];
  if (footerAt >= 0) body = body.slice(0, footerAt);
  const endMark = body.findIndex((line, index) => index > 0 && line.kind === "furniture" && line.reason === "end mark");
  if (endMark >= 0) {
    footer = [...body.slice(endMark), ...footer];
    body = body.slice(0, endMark);
  }
  return { body, footer };
}

/** A reprint note (`（来源：…）`, `《…》（… 第 N 版）`): where the article was first printed. */
function reprintOf(text: string): string | undefined {
  const reprint = REPRINT.exec(text);
  if (reprint?.[1]) return reprint[1];
  const edition = PRINT_EDITION.exec(text);
  return edition ? `《${edition[1] ?? ""}》${(edition[2] ?? "").replace(/\s+/gu, "")}` : undefined;
}

/** A line that reads like a headline in a list of related articles. */
function isHeadlineLike(line: Line | undefined): boolean {
  return (
    line !== undefined &&
    line.kind === "text" &&
    !line.image &&
    line.text.length >= 8 &&
    line.text.length <= 40 &&
    !/[。，；：！？,.;:!?]/u.test(line.text) &&
    !findDate(line.text)
  );
}

/** Trailing headline-like lines (a related-article list without its heading) move to the footer. */
function moveRelatedList(body: Line[], footer: Line[]): void {
  if (body.length <= 3 || !isHeadlineLike(body.at(-1)) || !isHeadlineLike(body.at(-2))) return;
  while (body.length > 1 && isHeadlineLike(body.at(-1))) {
    const line = body.pop();
    if (line)
      footer.unshift({
        ...line,
        kind: "furniture",
        reason: "related-article list (by position and shape only)",
        chrome: { reason: "position", sure: false },
      });
  }
}

/** A promotion marker (►, ▶, 👉) at the start of a line: Taiwanese sites' link and notice prompts. */
const PROMOTION = /^[►▶➤👉]/u;

/** Short lines from a promotion marker to the body's end (`►…提醒您：` and its notice): chrome, by position. */
function moveTrailingPromotion(body: Line[], footer: Line[]): void {
  const at = body.findLastIndex((line) => line.kind === "text" && !line.image && PROMOTION.test(line.text));
  if (at <= 0) return;
  const tail = body.slice(at);
  if (tail.some((line) => line.image || line.text.length > 30)) return;
  body.splice(at);
  footer.unshift(
    ...tail.map((line): Line => ({
      ...line,
      kind: "furniture",
      reason: "promotion after the article's last paragraph (► marker, by position)",
      chrome: { reason: "position", sure: false },
    })),
  );
}

/** Trailing lines of the body that are data, not text, move to the footer (a reprint note is read). */
function moveTrailingData(state: Recognition, body: Line[], footer: Line[]): void {
  while (body.length > 1) {
    const last = body.at(-1);
    if (!last || last.image) break;
    const reprint = reprintOf(last.text);
    if (reprint) {
      state.reprintedFrom ??= reprint;
      body.pop();
      continue;
    }
    const shortTextAfterBody = !isProse(last.text) && last.text.length <= 40 && footer.length > 0;
    if ((last.kind === "text" && !shortTextAfterBody) || last.kind === "caption") break;
    footer.unshift(last);
    body.pop();
  }
}

function readFooter(state: Recognition, footer: readonly Line[]): void {
  for (const line of footer) {
    const reprint = reprintOf(line.text);
    if (reprint) state.reprintedFrom ??= reprint;
    else if (line.kind === "caption") keepCaption(state, line);
    else if (!useDataLine(state, line, "footer")) drop(state, line, "page footer");
  }
}

/** A paragraph's text as written: a trailing editor note and end mark off the last one, no 【纠错】 link. */
function paragraphText(state: Recognition, text: string, last: boolean): string {
  let written = text;
  if (last) {
    const editor = TRAILING_EDITOR.exec(written);
    if (editor) {
      state.editors.push(editor[0].trim());
      written = written.slice(0, editor.index);
    }
    if (END_MARK.test(written)) written = written.replace(END_MARK, "");
  }
  return written.replace(/\s*[【[](?:纠错|糾錯)[】\]]\s*$/u, "").trim();
}

/** A date, source or byline line standing alone in the body (after a lead photo, between paragraphs): data. */
function isDataLine(line: Line): boolean {
  return (
    line.meta !== undefined &&
    !isProse(line.text) &&
    line.text.length <= 60 &&
    !/[，。；！？]/u.test(line.text) &&
    (line.meta.date !== undefined || line.meta.source !== undefined || line.meta.author !== undefined)
  );
}

/** The body's blocks: images, paragraphs and the page's own headings; captions and data lines set aside. */
function bodyBlocks(state: Recognition, body: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  const firstProse = body.findIndex((line) => line.kind === "text" && !line.image && isProse(line.text));
  body.forEach((line, index) => {
    if (line.image) {
      blocks.push({ kind: "image", text: line.text, line: line.line, src: line.image.src });
      return;
    }
    if (line.kind === "caption") return keepCaption(state, line);
    // a data line before the first prose (after a lead photo and its caption) is data; a signature's date is text
    const beforeProse = firstProse < 0 || index < firstProse;
    if (line.kind === "meta" && (index <= 1 || line.chrome !== undefined || (beforeProse && isDataLine(line)))) {
      useDataLine(state, line, "article");
      if (index > 1 || line.chrome) drop(state, line, line.chrome?.reason ?? "page data line (inside the body)");
      return;
    }
    if (line.kind !== "text" && line.kind !== "meta" && useDataLine(state, line, "article")) return;
    const text = paragraphText(state, line.text, index === body.length - 1);
    const marked = line.heading === true && index > 0 && text.length <= 60 && !/[。；;]$/u.test(text);
    blocks.push({ kind: marked ? "heading" : "paragraph", text, line: line.line });
  });
  return blocks;
}

/** Headings: a heading-like paragraph followed by text, never first, never a UI word. */
function markHeadings(blocks: Block[]): void {
  for (let index = 1; index < blocks.length; index++) {
    const block = blocks[index];
    const next = blocks[index + 1];
    if (!block || block.kind !== "paragraph" || !next) continue;
    const kind = headingKind(block.text);
    if (!kind) continue;
    const nextKind = next.kind === "paragraph" ? headingKind(next.text) : undefined;
    // what a heading heads is text (a signature line followed by a date heads nothing)
    if (next.kind === "paragraph" && !nextKind && next.text.length < 15 && !/[。，]/u.test(next.text)) continue;
    const numberedChain = kind === "numbered" && nextKind === "sub-numbered";
    if (nextKind && !numberedChain) continue;
    const underHeading = blocks.slice(0, index).some((earlier) => earlier.kind === "heading");
    block.kind = kind === "sub-numbered" && underHeading ? "subheading" : "heading";
  }
}

/** Data lines in the order they count: the article's own, then the footer's, then the header's. */
function metasInOrder(state: Recognition): DatedMeta[] {
  return [...state.metas.article, ...state.metas.footer, ...state.metas.header];
}

/** The publication date: a line marked as published first, then the first dated line in order. */
function publicationDate(state: Recognition): Structure["date"] {
  const ordered = metasInOrder(state);
  const dated =
    ordered.find((meta) => meta.date && meta.published) ??
    ordered.find((meta) => meta.date && !meta.updated) ??
    ordered.find((meta) => meta.date);
  if (!dated?.date) return undefined;
  return { ...dated.date, line: dated.line, ...(dated.updated ? { updated: true } : {}) };
}

/** The site's name: in the breadcrumb, a dropped site-name line, or a navigation bar above the headline. */
function siteName(state: Recognition, titleLine: number): string | undefined {
  const navSite = state.dropped
    .filter((dropped) => dropped.reason === "navigation bar" && dropped.line < titleLine)
    .map((dropped) => dropped.text.split(/[\s|｜·•]+/u)[0] ?? "")
    .find((word) => SITE_NAME.test(word));
  // a Latin outlet name over its Chinese service, as its logo reads when copied: `BBC News, 中文`
  const header = state.dropped.filter((dropped) => dropped.line < titleLine);
  const service = header.map((dropped) => SERVICE_NAME.exec(dropped.text)).find((match) => match !== null);
  // a logo line of a Latin brand and a Chinese name: `RFI 法国国际广播电台`, `中央社 CNA`
  const brand = header.map((dropped) => dropped.text).find(isBrandLine);
  const isSite = (text: string): boolean => SITE_NAME.test(text) && !SECTION_NAME.test(text);
  return (
    state.breadcrumb.find(isSite) ??
    state.dropped.find((dropped) => dropped.reason === "site name" && !SECTION_NAME.test(dropped.text))?.text ??
    navSite ??
    (service ? `${service[1] ?? ""} ${service[2] ?? ""}` : undefined) ??
    brand
  );
}

/** A section's name (`社會新聞`, `国际新闻`, `即時新聞`): a breadcrumb word, never the source. */
const SECTION_NAME =
  /^(?:社會|社会|國際|国际|兩岸|两岸|即時|即时|地方|財經|财经|娛樂|娱乐|體育|体育|生活|政治|港澳|本地|國內|国内|時政|时政|科技|教育|健康|軍事|军事|文化|旅遊|旅游|汽車|汽车|房產|房产|要聞|要闻|滾動|滚动|熱門|热门|焦點|焦点|最新|今日|圖片|图片|視頻|视频|影音)(?:新聞|新闻|頻道|频道)?$/u;

/** A site's logo line: a Latin brand beside a Chinese name that ends as a site's name does. */
function isBrandLine(text: string): boolean {
  const brand = /^(?:[A-Z][A-Za-z0-9]{1,8}\s+)?(\p{Script=Han}{2,12})(?:\s+[A-Z][A-Za-z0-9]{1,8})?$/u.exec(text.trim());
  return brand?.[1] !== undefined && /[A-Z]/u.test(text) && SITE_NAME_ENDING.test(brand[1]);
}

const SITE_NAME_ENDING =
  /(?:网|網|社|报|報|台|电台|電台|之声|之聲|之音|广播|廣播|新闻|新聞|时报|時報|日报|日報|传媒|傳媒|媒体|媒體|电视|電視)$/u;

const SERVICE_NAME =
  /^([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*? (?:News|NEWS|Radio|Television))\s*[,，]?\s*(中文|中文網|中文网)$/u;

/** The source: a labelled data line, the first paragraph's dateline, else a guess (site name, reprint note) with a note. */
function findSource(
  state: Recognition,
  firstText: Block | undefined,
  titleLine: number,
): { source?: string; sourceLine?: number } {
  const labelled = metasInOrder(state).find((meta) => meta.source);
  if (labelled?.source) return { source: labelled.source, sourceLine: labelled.line };
  const dateline = firstText ? datelineOf(firstText.text) : undefined;
  if (dateline?.source && firstText) return { source: dateline.source, sourceLine: firstText.line };
  const site = siteName(state, titleLine);
  if (site) {
    state.notes.push(`source taken from the site name "${site}" (no source line found)`);
    return { source: site };
  }
  if (!state.reprintedFrom) return {};
  state.notes.push(`source taken from the reprint note "${state.reprintedFrom}" (no source line found)`);
  return { source: state.reprintedFrom.replace(/^《([^》]+)》.*$/u, "$1") };
}

/** Splits paragraphs into structure, or returns a reason why no headline was found. */
export function recognise(paragraphs: readonly Paragraph[], hints: Hints = {}): Structure | { error: string } {
  const lines = paragraphs.map(classify);
  const state: Recognition = {
    notes: [],
    dropped: [],
    captions: [],
    editors: [],
    metas: { header: [], article: [], footer: [] },
    breadcrumb: hints.breadcrumb ?? [],
  };
  const metaTitle = lines.find((line) => line.meta?.title)?.meta?.title;
  const titleAt = chooseTitle(lines, hints.title ?? metaTitle);
  if (titleAt === undefined && !hints.title) return { error: "no title found" };
  const titleLine = titleAt === undefined ? undefined : lines[titleAt];
  const title = hints.title ?? cleanTitle(titleLine?.text ?? "", state.notes);

  readHeader(state, lines.slice(0, titleAt ?? 0));
  const afterData = readDataLines(state, lines, titleAt === undefined ? 0 : titleAt + 1, titleLine);
  const bodyStart = titleAt === undefined ? skipHeaderToProse(state, lines, afterData) : afterData;
  const { body, footer } = splitFooter(lines.slice(bodyStart));
  moveRelatedList(body, footer);
  moveTrailingPromotion(body, footer);
  moveTrailingData(state, body, footer);
  readFooter(state, footer);
  const blocks = bodyBlocks(state, body);
  markHeadings(blocks);
  return assembleStructure(state, { title, titleLine: titleLine?.line ?? 0, blocks });
}

function assembleStructure(
  state: Recognition,
  found: { title: string; titleLine: number; blocks: Block[] },
): Structure {
  const structure: Structure = {
    breadcrumb: state.breadcrumb,
    ...found,
    editors: state.editors,
    captions: state.captions,
    dropped: state.dropped.sort((first, second) => first.line - second.line),
    notes: state.notes,
  };
  const date = publicationDate(state);
  if (date) structure.date = date;
  const firstText = found.blocks.find((block) => block.kind === "paragraph");
  const { source, sourceLine } = findSource(state, firstText, found.titleLine || Infinity);
  if (source !== undefined) structure.source = source;
  if (sourceLine !== undefined) structure.sourceLine = sourceLine;
  const author = state.author ?? (firstText ? datelineOf(firstText.text)?.author : undefined);
  if (author) structure.author = author;
  if (state.reprintedFrom) structure.reprintedFrom = state.reprintedFrom;
  return structure;
}

export { findDate };
