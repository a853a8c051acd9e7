/**
 * Recognises the parts of a copied news page: breadcrumb, title, date and
 * source line (with page-tool leftovers), body paragraphs, section headings
 * and the closing reprint note.
 */
export type Block = { kind: "paragraph" | "heading"; text: string; line: number };

export type Structure = {
  breadcrumb: string[];
  title: string;
  titleLine: number;
  date?: string;
  source?: string;
  author?: string;
  reprintedFrom?: string;
  blocks: Block[];
};

export type Paragraph = { text: string; line: number };

const BREADCRUMB_SEPARATOR = /\s*(?:>>|＞＞|»|›|>|＞)\s*/;
const SENTENCE_END = /[。！？!?…；;]$/;
const SENTENCE_PUNCTUATION = /[。，、！？；：,!?;:…]/;
const DATE =
  /(\d{4})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/;
const SOURCE_LABEL = /(?:信息來源|信息来源|文章來源|文章来源|來源|来源|稿源|出處|出处)\s*[:：]\s*/;
const AUTHOR_LABEL = /(?:作者|記者|记者)\s*[:：]\s*/;
const PAGE_TOOL = new RegExp(
  [
    "【?\\s*(?:字體|字体|字號|字号)\\s*[:：]?(?:\\s*[大中小](?![\\p{Script=Han}]))*\\s*】?",
    "【?\\s*(?:(?:打印|列印)(?:本頁|本页|此頁|此页|文章)?|關閉(?:窗口|視窗|本頁)?|关闭(?:窗口|视窗|本页)?|收藏(?:本頁|本页)?|返回頂部|返回顶部)\\s*】?",
    "【?\\s*分享到\\s*[:：]?[^【】]*】?",
  ].join("|"),
  "gu",
);
const REPRINT =
  /^[（(]\s*(?:轉載自|转载自|轉自|转自|摘自|原載於|原载于|原載|原载|來源\s*[:：]|来源\s*[:：]|稿源\s*[:：])\s*(.+?)\s*[)）]$/u;
const MAX_TITLE = 80;
const MAX_HEADING = 25;

/** Removes page-tool leftovers; returns the remaining text. */
export function stripPageTools(text: string): string {
  return text
    .replace(PAGE_TOOL, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
}

function isToolsOnly(text: string): boolean {
  return stripPageTools(text).replace(/[\s|｜/]/g, "") === "";
}

function breadcrumbOf(text: string): string[] | undefined {
  const parts = text.split(BREADCRUMB_SEPARATOR).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p === "" || p.length > 20 || SENTENCE_PUNCTUATION.test(p)))
    return undefined;
  return parts;
}

type Meta = { date?: string; source?: string; author?: string };

/** Reads a date/source/author line; undefined when the line is no such line. */
export function metaOf(text: string): Meta | undefined {
  const date = DATE.exec(text);
  const source = SOURCE_LABEL.exec(text);
  const author = AUTHOR_LABEL.exec(text);
  const isMeta = source !== null || author !== null || (date !== null && text.length <= 60 && !SENTENCE_END.test(text));
  if (!isMeta) return undefined;
  const meta: Meta = {};
  if (date) meta.date = [date[1], date[2]?.padStart(2, "0"), date[3]?.padStart(2, "0")].join("-");
  const valueAfter = (match: RegExpExecArray | null): string | undefined => {
    if (!match) return undefined;
    const rest = stripPageTools(text.slice(match.index + match[0].length).split(/【|\s{2,}/)[0] ?? "");
    const value = rest.split(/\s+(?=\S+\s*[:：])/)[0]?.trim();
    return value ? value : undefined;
  };
  const sourceValue = valueAfter(source);
  const authorValue = valueAfter(author);
  if (sourceValue) meta.source = sourceValue;
  if (authorValue) meta.author = authorValue;
  return meta;
}

function isHeading(text: string): boolean {
  return text.length <= MAX_HEADING && !SENTENCE_PUNCTUATION.test(text) && !/[”’）)》」』]$/.test(text);
}

/** Splits paragraphs into structure, or returns a reason why no title was found. */
export function recognise(paragraphs: readonly Paragraph[]): Structure | { error: string } {
  const rest = paragraphs.filter((p) => !isToolsOnly(p.text));
  let breadcrumb: string[] = [];
  let title: Paragraph | undefined;
  const meta: Meta = {};
  let i = 0;
  for (; i < rest.length; i++) {
    const p = rest[i];
    if (!p) break;
    const crumbs = !title && breadcrumb.length === 0 ? breadcrumbOf(p.text) : undefined;
    if (crumbs) {
      breadcrumb = crumbs;
      continue;
    }
    const found = metaOf(p.text);
    if (found) {
      Object.assign(meta, { ...found, ...meta });
      continue;
    }
    if (title) break; // first body paragraph
    if (p.text.length > MAX_TITLE || SENTENCE_END.test(p.text)) return { error: "no title found" };
    title = p;
  }
  if (!title) return { error: "no title found" };
  const body = rest.slice(i);
  let reprintedFrom: string | undefined;
  const last = body.at(-1);
  const reprint = last ? REPRINT.exec(last.text) : null;
  if (reprint?.[1]) {
    reprintedFrom = reprint[1];
    body.pop();
  }
  const blocks: Block[] = body.map((p, k) => {
    const next = body[k + 1];
    const heading = k > 0 && next !== undefined && isHeading(p.text) && !isHeading(next.text);
    return { kind: heading ? "heading" : "paragraph", text: p.text, line: p.line };
  });
  const structure: Structure = { breadcrumb, title: stripPageTools(title.text), titleLine: title.line, blocks };
  if (meta.date) structure.date = meta.date;
  if (meta.source) structure.source = meta.source;
  if (meta.author) structure.author = meta.author;
  if (reprintedFrom) structure.reprintedFrom = reprintedFrom;
  return structure;
}
