/**
 * Breadcrumbs in their many forms: `首页 > 新闻`, `新华网 >> 时政 >>`,
 * `首頁 » 新聞`, `首页 › 要闻`, `首页 / 政策`, with or without a
 * `当前位置：` or `您的位置：` label, ending in `正文` or not.
 */
const LABEL =
  /^(?:当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|您目前的位置|目前位置|現在位置|现在位置|位置|所在位置)\s*(?:是)?\s*[:：]?\s*/u;
const SEPARATOR = /\s*(?:>>|＞＞|»|›|>|＞|→|\s\/\s|\s｜\s|\/)\s*/u;
const STRONG_SEPARATOR = /(?:>>|＞＞|»|›|>|＞|→)/u;
const PART = /^[\p{Script=Han}A-Za-z0-9·・&＆（）() _-]{1,20}$/u;
const TEXT_END = /^(?:正文|正文内容|正文內容|文章|内容|內容|详情|詳情|阅读|閱讀|本文)$/u;
const SENTENCE = /[。，、！？；,!?;]/u;

/** The breadcrumb levels of a line, or undefined when the line is no breadcrumb. */
export function breadcrumbOf(text: string): string[] | undefined {
  const labelled = LABEL.test(text) && /[:：]/.test(text.slice(0, 12));
  const body = text.replace(LABEL, "").trim();
  if (!labelled && !STRONG_SEPARATOR.test(body)) {
    // a slash breadcrumb needs spaces or a home level: `首页 / 政策` (a date 2023/9/6 is no breadcrumb)
    if (!/^(?:首页|首頁|主页|主頁)\s*\//u.test(body)) return undefined;
  }
  if (SENTENCE.test(body)) return undefined;
  const parts = body
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter((p, i, all) => p !== "" || (i > 0 && i < all.length - 1));
  if (parts.some((part) => part === "" || !PART.test(part))) return undefined;
  if (parts.length < (labelled ? 1 : 2)) return undefined;
  while (parts.length > 0 && TEXT_END.test(parts.at(-1) ?? "")) parts.pop();
  return parts.length > 0 ? parts : undefined;
}
