/**
 * Recognises the parts of a copied news page from evidence, not line order:
 * header (navigation, site name, breadcrumb), headline, data lines (date,
 * source, byline), body with its headings, captions, and the footer
 * (editor, reprint note, related links, copyright). Every line left out is
 * listed with the reason.
 */
import { breadcrumbOf } from "./breadcrumb.ts";
import { isCaption } from "./captions.ts";
import { findCompactRocDate, findDate, type FoundDate } from "./dates.ts";
import { FOOTER_START, furnitureReason, SITE_NAME, stripPageTools } from "./furniture.ts";
import { headingKind } from "./headings.ts";
import { bylineOf, datelineOf, metaOf, type Meta } from "./meta.ts";

export { stripPageTools } from "./furniture.ts";
export { metaOf } from "./meta.ts";

export type Block = {
  kind: "paragraph" | "heading" | "subheading" | "image";
  text: string;
  line: number;
  src?: string;
};
export type Dropped = { line: number; text: string; reason: string };
export type Paragraph = {
  text: string;
  line: number;
  /** A photo: as the page names it first, every address it gives (lazy loading), and its caption. */
  image?: { src: string; caption: string; candidates?: readonly string[] };
  /** The page marked it as a heading (a saved page's <h2>, a bold paragraph). */
  heading?: boolean;
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
};

export type Structure = {
  breadcrumb: string[];
  title: string;
  /** Input line of the headline; 0 when it came from a hint only. */
  titleLine: number;
  date?: FoundDate & { line: number };
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
  return parts.length >= 4 && parts.every((p) => p.length <= 6 && !/[。，、！？；：]/u.test(p));
}

function isProse(text: string): boolean {
  const t = text.replace(END_MARK, "");
  return (t.length >= 40 && /[，。]/u.test(t)) || /[。！？…]["”’」』）)]?$/u.test(t);
}

function classify(p: Paragraph): Line {
  if (p.image) return { ...p, kind: "text" };
  const text = p.text;
  const crumbs = breadcrumbOf(text);
  if (crumbs) return { ...p, kind: "breadcrumb", crumbs };
  const reason = furnitureReason(text);
  const meta = metaOf(text);
  if (meta && (meta.date || meta.source || meta.author || meta.title)) return { ...p, kind: "meta", meta };
  if (reason) return { ...p, kind: "furniture", reason, ...(meta ? { meta } : {}) };
  if (meta) return { ...p, kind: "furniture", reason: "page data line", meta };
  if (isNavBar(text)) return { ...p, kind: "furniture", reason: "navigation bar" };
  const byline = bylineOf(text);
  if (byline) return { ...p, kind: "byline", byline };
  if (isCaption(text)) return { ...p, kind: "caption" };
  return { ...p, kind: "text" };
}

const SHORT_NAME = /^[\p{Script=Han}A-Za-z0-9·・_-]{1,16}$/u;

/** Short name-like lines followed by a dated data line, read together as one data line. */
function joinedMeta(lines: readonly Line[], i: number): { meta: Meta; count: number } | undefined {
  const parts: string[] = [];
  for (let k = i; k < Math.min(lines.length, i + 5); k++) {
    const l = lines[k];
    if (!l || l.image) return undefined;
    parts.push(l.text);
    if (l.kind === "meta" && l.meta?.date && k > i) {
      const meta = metaOf(parts.join(" "));
      return meta?.date ? { meta, count: k - i + 1 } : undefined;
    }
    if (!SHORT_NAME.test(l.text)) return undefined;
  }
  return undefined;
}

const normalise = (s: string): string => s.replace(/[\s\u3000]/gu, "");

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
  const t = line.text;
  if ([...t].filter((c) => /[\p{Script=Han}\p{L}]/u.test(c)).length < 4) return -Infinity;
  if (t.length < 4 || t.length > MAX_TITLE || /[。；;：:]$/u.test(t) || /^[（(]/u.test(t)) return -Infinity;
  if (/[。]/u.test(t) && t.length > 40) return -Infinity;
  let score = 0;
  const after = lines.slice(i + 1).filter((l) => l.kind !== "furniture");
  const next = after[0];
  if (next?.kind === "meta" && (next.meta?.date || next.meta?.source)) score += 5;
  else if (joinedMeta(lines, i + 1)) score += 5;
  else if (next?.kind === "meta" || next?.kind === "byline") score += 3;
  else if (next && next.kind === "text" && isProse(next.text)) score += 2;
  const before = lines.slice(0, i).filter((l) => l.kind !== "furniture");
  const prev = before.at(-1);
  if (!prev || prev.kind === "breadcrumb") score += 2;
  if (SITE_NAME.test(t)) score -= 5;
  if (t.length < 6) score -= 2;
  if (/^[—–-]{1,2}/u.test(t)) score -= 6; // a subtitle (——记…) is no headline
  if (findDate(t) && t.length <= 30) score -= 4;
  if (t.length < 8 && /^[\p{Script=Han}]+$/u.test(t)) score -= 2;
  if ([...t].filter((c) => /\p{Script=Han}/u.test(c)).length >= 8) score += 1;
  if (isProse(t) && t.length > 30) score -= 3;
  if (headingKind(t) === "numbered") score -= 2;
  return score;
}

function chooseTitle(lines: readonly Line[], hint: string | undefined): number | undefined {
  if (hint) {
    const wanted = normalise(hint);
    const exact = lines.findIndex((l) => l.kind === "text" && normalise(stripPageTools(l.text)) === wanted);
    if (exact >= 0) return exact;
    const near = lines.findIndex(
      (l, k) =>
        k < 40 &&
        l.kind === "text" &&
        l.text.length <= MAX_TITLE &&
        (normalise(l.text).includes(wanted) || (wanted.includes(normalise(l.text)) && l.text.length >= 6)),
    );
    return near >= 0 ? near : undefined;
  }
  const firstProse = lines.findIndex((l) => l.kind === "text" && isProse(l.text) && l.text.length >= 50);
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

/** Splits paragraphs into structure, or returns a reason why no headline was found. */
export function recognise(paragraphs: readonly Paragraph[], hints: Hints = {}): Structure | { error: string } {
  const lines = paragraphs.map(classify);
  const notes: string[] = [];
  const dropped: Dropped[] = [];
  const captions: Dropped[] = [];
  const drop = (l: Line, reason: string): void => void dropped.push({ line: l.line, text: l.text, reason });
  const metaTitle = lines.find((l) => l.meta?.title)?.meta?.title;
  const titleAt = chooseTitle(lines, hints.title ?? metaTitle);
  if (titleAt === undefined && !hints.title) return { error: "no title found" };
  const titleLine = titleAt === undefined ? undefined : lines[titleAt];
  const title = hints.title ?? cleanTitle(titleLine?.text ?? "", notes);

  let breadcrumb: string[] = hints.breadcrumb ?? [];
  const metas: (Meta & { line: number })[] = [];
  /** Data lines above the headline: a site header's "today" date is no publication date, so they come last. */
  const headerMetas: (Meta & { line: number })[] = [];
  const footerMetas: (Meta & { line: number })[] = [];
  let author: string | undefined;
  const editors: string[] = [];
  const useLine = (l: Line, footer: boolean, header = false): boolean => {
    if (l.kind === "breadcrumb" && l.crumbs) {
      if (breadcrumb.length === 0) breadcrumb = l.crumbs;
      else drop(l, "breadcrumb (repeated)");
      return true;
    }
    if (l.kind === "meta" && l.meta) {
      if (l.meta.title) {
        drop(l, "page data: title field");
        return true;
      }
      (footer ? footerMetas : header ? headerMetas : metas).push({ ...l.meta, line: l.line });
      if (l.meta.author) author ??= l.meta.author;
      if (l.meta.editor) editors.push(l.meta.editor);
      return true;
    }
    if (l.kind === "byline" && l.byline) {
      author ??= l.byline;
      drop(l, "byline (author)");
      return true;
    }
    if (l.kind === "furniture") {
      if (l.meta?.editor) editors.push(l.meta.editor);
      const date = findCompactRocDate(l.text);
      if (footer && date && /編輯|编辑/u.test(l.text)) footerMetas.push({ date, line: l.line });
      drop(l, l.reason ?? "page furniture");
      return true;
    }
    return false;
  };

  // header: everything before the headline
  const start = titleAt === undefined ? 0 : titleAt + 1;
  for (const l of lines.slice(0, titleAt ?? 0)) {
    if (useLine(l, false, true)) {
      if (l.kind === "meta") drop(l, "page header data (used only when the article has none)");
      continue;
    }
    drop(l, SITE_NAME.test(l.text) ? "site name" : l.kind === "caption" ? "caption (header)" : "page header");
  }
  // data lines right after the headline
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (!l) break;
    if (titleLine && normalise(l.text) === normalise(titleLine.text)) {
      drop(l, "headline (repeated)");
      continue;
    }
    if (useLine(l, false)) continue;
    // data split over short lines (WeChat: `原创` / author / account / date): read them as one line
    const run = joinedMeta(lines, i);
    if (run) {
      metas.push({ ...run.meta, line: l.line });
      if (run.meta.author) author ??= run.meta.author;
      for (const x of lines.slice(i, i + run.count)) drop(x, "data line (read with the next ones)");
      i += run.count - 1;
      continue;
    }
    break;
  }
  if (titleAt === undefined) {
    // the headline came from a hint: skip the page header up to the first prose
    while (i < lines.length && lines[i]?.kind === "text" && !isProse(lines[i]?.text ?? "") && !lines[i]?.image) {
      const l = lines[i];
      if (l) drop(l, "page header");
      i++;
    }
  }
  let body = lines.slice(i);

  // footer: from the first footer marker, or trailing lines that are no text
  const footerAt = body.findIndex(
    (l, k) => k > 0 && l.kind === "furniture" && FOOTER_START.test(stripPageTools(l.text)),
  );
  let footer = footerAt >= 0 ? body.slice(footerAt) : [];
  if (footerAt >= 0) body = body.slice(0, footerAt);
  const endMark = body.findIndex((l, k) => k > 0 && l.kind === "furniture" && l.reason === "end mark");
  if (endMark >= 0) {
    footer = [...body.slice(endMark), ...footer];
    body = body.slice(0, endMark);
  }
  let reprintedFrom: string | undefined;
  const reprintOf = (text: string): string | undefined => {
    const r = REPRINT.exec(text);
    if (r?.[1]) return r[1];
    const p = PRINT_EDITION.exec(text);
    return p ? `《${p[1] ?? ""}》${(p[2] ?? "").replace(/\s+/gu, "")}` : undefined;
  };
  // trailing headline-like lines (a related-article list without its heading)
  const headlineLike = (l: Line | undefined): boolean =>
    l !== undefined &&
    l.kind === "text" &&
    !l.image &&
    l.text.length >= 8 &&
    l.text.length <= 40 &&
    !/[。，；：！？,.;:!?]/u.test(l.text) &&
    !findDate(l.text);
  if (body.length > 3 && headlineLike(body.at(-1)) && headlineLike(body.at(-2))) {
    while (body.length > 1 && headlineLike(body.at(-1))) {
      const l = body.pop();
      if (l) footer.unshift(l);
    }
  }
  // trailing lines of the body that are data, not text
  while (body.length > 1) {
    const last = body.at(-1);
    if (!last || last.image) break;
    const reprint = reprintOf(last.text);
    if (reprint) {
      reprintedFrom ??= reprint;
      body.pop();
      continue;
    }
    if (last.kind === "text" && !isProse(last.text) && last.text.length <= 40 && footer.length > 0) {
      footer.unshift(last);
      body.pop();
      continue;
    }
    if (last.kind === "text" || last.kind === "caption") break;
    footer.unshift(last);
    body.pop();
  }
  for (const l of footer) {
    const reprint = reprintOf(l.text);
    if (reprint) {
      reprintedFrom ??= reprint;
      continue;
    }
    if (l.kind === "caption") {
      captions.push({ line: l.line, text: l.text, reason: "photo caption" });
      continue;
    }
    if (useLine(l, true)) continue;
    drop(l, "page footer");
  }

  const blocks: Block[] = [];
  body.forEach((l, k) => {
    if (l.image) {
      blocks.push({ kind: "image", text: l.text, line: l.line, src: l.image.src });
      return;
    }
    if (l.kind === "caption") {
      captions.push({ line: l.line, text: l.text, reason: "photo caption" });
      return;
    }
    if (l.kind === "meta" && k <= 1 && !isProse(l.text)) {
      useLine(l, false);
      return;
    }
    if (l.kind !== "text" && l.kind !== "meta" && useLine(l, false)) return;
    let text = l.text;
    if (k === body.length - 1) {
      const editor = TRAILING_EDITOR.exec(text);
      if (editor) {
        editors.push(editor[0].trim());
        text = text.slice(0, editor.index);
      }
      if (END_MARK.test(text)) text = text.replace(END_MARK, "");
    }
    text = text.replace(/\s*[【[](?:纠错|糾錯)[】\]]\s*$/u, "");
    const marked = l.heading === true && k > 0 && text.trim().length <= 60 && !/[。；;]$/u.test(text.trim());
    blocks.push({ kind: marked ? "heading" : "paragraph", text: text.trim(), line: l.line });
  });

  // headings: a heading-like line followed by text, never first, never a UI word
  for (let k = 1; k < blocks.length; k++) {
    const b = blocks[k];
    const next = blocks[k + 1];
    if (!b || b.kind !== "paragraph" || !next) continue;
    const kind = headingKind(b.text);
    if (!kind) continue;
    const nextKind = next.kind === "paragraph" ? headingKind(next.text) : undefined;
    // what a heading heads is text (a signature line followed by a date heads nothing)
    if (next.kind === "paragraph" && !nextKind && next.text.length < 15 && !/[。，]/u.test(next.text)) continue;
    const numberedChain = kind === "numbered" && nextKind === "sub-numbered";
    if (nextKind && !numberedChain) continue;
    b.kind = kind === "sub-numbered" && blocks.slice(0, k).some((x) => x.kind === "heading") ? "subheading" : "heading";
  }

  const structure: Structure = {
    breadcrumb,
    title,
    titleLine: titleLine?.line ?? 0,
    editors,
    blocks,
    captions,
    dropped: dropped.sort((a, b) => a.line - b.line),
    notes,
  };
  const all = [...metas, ...footerMetas, ...headerMetas];
  const date =
    all.find((m) => m.date && m.published) ??
    metas.find((m) => m.date) ??
    footerMetas.find((m) => m.date) ??
    headerMetas.find((m) => m.date);
  if (date?.date) structure.date = { ...date.date, line: date.line };
  const firstText = blocks.find((b) => b.kind === "paragraph");
  const dateline = firstText ? datelineOf(firstText.text) : undefined;
  const labelled =
    metas.find((m) => m.source) ?? footerMetas.find((m) => m.source) ?? headerMetas.find((m) => m.source);
  if (labelled?.source) {
    structure.source = labelled.source;
    structure.sourceLine = labelled.line;
  } else if (dateline?.source && firstText) {
    structure.source = dateline.source;
    structure.sourceLine = firstText.line;
  } else {
    const navSite = dropped
      .filter((d) => d.reason === "navigation bar" && d.line < (titleLine?.line ?? Infinity))
      .map((d) => d.text.split(/[\s|｜·•]+/u)[0] ?? "")
      .find((w) => SITE_NAME.test(w));
    const site =
      breadcrumb.find((c) => SITE_NAME.test(c)) ?? dropped.find((d) => d.reason === "site name")?.text ?? navSite;
    if (site) {
      structure.source = site;
      notes.push(`source taken from the site name "${site}" (no source line found)`);
    } else if (reprintedFrom) {
      structure.source = reprintedFrom.replace(/^《([^》]+)》.*$/u, "$1");
      notes.push(`source taken from the reprint note "${reprintedFrom}" (no source line found)`);
    }
  }
  author ??= dateline?.author;
  if (author) structure.author = author;
  if (reprintedFrom) structure.reprintedFrom = reprintedFrom;
  return structure;
}

export { findDate };
