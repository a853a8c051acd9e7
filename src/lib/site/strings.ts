/** Interface text: the defaults of each script and region; an edition may override the plain-text ones. */
import type { Script } from "../script/types.ts";

export type UiText = {
  readonly scriptName: string;
  readonly switchLabel: string;
  readonly breadcrumb: string;
  readonly home: string;
  readonly fontSize: string;
  readonly fontLarge: string;
  readonly fontMedium: string;
  readonly fontSmall: string;
  readonly print: string;
  readonly source: string;
  readonly author: string;
  readonly published: string;
  readonly reprintedFrom: (from: string) => string;
  readonly pageUrl: string;
  readonly originalUrl: string;
  readonly latest: string;
  readonly contents: string;
  readonly skipToContent: string;
  readonly chooseScript: string;
  readonly search: string;
  readonly readingTools: string;
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly searchNeedsJs: string;
  readonly searchNoResults: (query: string) => string;
  readonly searchResults: (count: number, query: string) => string;
  readonly about: string;
  readonly siteNav: string;
  readonly pagination: string;
  readonly previousPage: string;
  readonly nextPage: string;
  readonly pageOf: (page: number, count: number) => string;
  readonly category: string;
  readonly categoryTitle: (name: string) => string;
  readonly feed: string;
  readonly notFound: string;
  readonly notFoundText: string;
  readonly provenance: string;
  readonly sections: string;
  readonly tags: string;
  readonly tagTitle: (name: string) => string;
  readonly authorTitle: (name: string) => string;
  readonly topStory: string;
  readonly related: string;
  readonly share: string;
  readonly shareOn: string;
  readonly weibo: string;
  readonly wechat: string;
  readonly wechatHelp: string;
  readonly qrLabel: string;
  readonly line: string;
  readonly facebook: string;
  readonly x: string;
  readonly email: string;
  readonly copyLink: string;
  readonly copied: string;
  readonly updated: string;
  readonly photo: string;
  readonly moreIn: (name: string) => string;
  readonly sectionFeed: (name: string) => string;
  readonly allArticles: string;
};

/**
 * Interface text by usage: Taiwan (Traditional editions by default), Hong Kong (editions whose
 * standard is `hk`/`hkp`) and mainland (Simplified). Each reads as its own newsroom writes
 * (Taiwan 字級, 相關報導, QR 碼, 電子郵件; Hong Kong 打印, 電郵, 二維碼; mainland 字号, 打印, 二维码).
 */
type Usage = "tw" | "hk" | "cn";
const STRINGS: Record<Usage, UiText> = {
  tw: {
    scriptName: "繁",
    switchLabel: "繁體中文",
    breadcrumb: "導覽路徑",
    home: "首頁",
    fontSize: "字級",
    fontLarge: "大",
    fontMedium: "中",
    fontSmall: "小",
    print: "列印",
    source: "來源",
    author: "作者",
    published: "發布時間",
    reprintedFrom: (from) => `（轉載自${from}）`,
    pageUrl: "本文網址",
    originalUrl: "原文網址",
    latest: "最新報導",
    contents: "文章列表",
    skipToContent: "跳到主要內容",
    chooseScript: "選擇版本",
    search: "搜尋",
    readingTools: "閱讀工具",
    searchLabel: "搜尋文章",
    searchPlaceholder: "輸入關鍵字，繁簡皆可",
    searchNeedsJs: "搜尋需要啟用 JavaScript。",
    searchNoResults: (query) => `找不到與「${query}」相關的文章。`,
    searchResults: (count, query) => `與「${query}」相關的文章共 ${count} 篇：`,
    about: "關於",
    siteNav: "網站導覽",
    pagination: "分頁",
    previousPage: "上一頁",
    nextPage: "下一頁",
    pageOf: (page, count) => `第 ${page} 頁，共 ${count} 頁`,
    category: "分類",
    categoryTitle: (name) => `分類：${name}`,
    feed: "RSS 訂閱",
    notFound: "找不到這個頁面",
    notFoundText: "網址可能有誤，或文章已移除。",
    provenance: "原刊於",
    sections: "新聞分類",
    tags: "標籤",
    tagTitle: (name) => `標籤：${name}`,
    authorTitle: (name) => `作者：${name}`,
    topStory: "頭條",
    related: "相關報導",
    share: "分享",
    shareOn: "分享到",
    weibo: "微博",
    wechat: "微信",
    wechatHelp: "用微信掃描 QR 碼，分享本文。",
    qrLabel: "本文網址的 QR 碼",
    line: "LINE",
    facebook: "Facebook",
    x: "X",
    email: "電子郵件",
    copyLink: "複製連結",
    copied: "已複製連結",
    updated: "更新",
    photo: "圖片",
    moreIn: (name) => `更多${name}新聞`,
    sectionFeed: (name) => `${name} · RSS 訂閱`,
    allArticles: "全部文章",
  },
  hk: {
    scriptName: "繁",
    switchLabel: "繁體中文",
    breadcrumb: "導航路徑",
    home: "首頁",
    fontSize: "字體大小",
    fontLarge: "大",
    fontMedium: "中",
    fontSmall: "小",
    print: "打印",
    source: "來源",
    author: "作者",
    published: "發佈日期",
    reprintedFrom: (from) => `（轉載自${from}）`,
    pageUrl: "本文網址",
    originalUrl: "原文網址",
    latest: "最新文章",
    contents: "文章列表",
    skipToContent: "跳至正文",
    chooseScript: "選擇版本",
    search: "搜尋",
    readingTools: "閱讀工具",
    searchLabel: "搜尋文章",
    searchPlaceholder: "輸入關鍵字，繁簡皆可",
    searchNeedsJs: "搜尋需要啟用 JavaScript。",
    searchNoResults: (query) => `找不到與「${query}」相關的文章。`,
    searchResults: (count, query) => `與「${query}」相關的文章共 ${count} 篇：`,
    about: "關於",
    siteNav: "網站導航",
    pagination: "分頁",
    previousPage: "上一頁",
    nextPage: "下一頁",
    pageOf: (page, count) => `第 ${page} 頁，共 ${count} 頁`,
    category: "分類",
    categoryTitle: (name) => `分類：${name}`,
    feed: "RSS 訂閱",
    notFound: "找不到這個頁面",
    notFoundText: "網址可能有誤，或文章已移除。",
    provenance: "原刊於",
    sections: "新聞分類",
    tags: "標籤",
    tagTitle: (name) => `標籤：${name}`,
    authorTitle: (name) => `作者：${name}`,
    topStory: "頭條",
    related: "相關報道",
    share: "分享",
    shareOn: "分享到",
    weibo: "微博",
    wechat: "微信",
    wechatHelp: "用微信掃描二維碼，分享本文。",
    qrLabel: "本文網址的二維碼",
    line: "LINE",
    facebook: "Facebook",
    x: "X",
    email: "電郵",
    copyLink: "複製連結",
    copied: "已複製連結",
    updated: "更新",
    photo: "相片",
    moreIn: (name) => `更多${name}`,
    sectionFeed: (name) => `${name} · RSS 訂閱`,
    allArticles: "全部文章",
  },
  cn: {
    scriptName: "简",
    switchLabel: "简体中文",
    breadcrumb: "导航路径",
    home: "首页",
    fontSize: "字号",
    fontLarge: "大",
    fontMedium: "中",
    fontSmall: "小",
    print: "打印",
    source: "来源",
    author: "作者",
    published: "发布日期",
    reprintedFrom: (from) => `（转载自${from}）`,
    pageUrl: "本文网址",
    originalUrl: "原文网址",
    latest: "最新文章",
    contents: "文章列表",
    skipToContent: "跳至正文",
    chooseScript: "选择版本",
    search: "搜索",
    readingTools: "阅读工具",
    searchLabel: "搜索文章",
    searchPlaceholder: "输入关键词，繁简皆可",
    searchNeedsJs: "搜索需要启用 JavaScript。",
    searchNoResults: (query) => `找不到与“${query}”相关的文章。`,
    searchResults: (count, query) => `与“${query}”相关的文章共 ${count} 篇：`,
    about: "关于",
    siteNav: "网站导航",
    pagination: "分页",
    previousPage: "上一页",
    nextPage: "下一页",
    pageOf: (page, count) => `第 ${page} 页，共 ${count} 页`,
    category: "栏目",
    categoryTitle: (name) => `栏目：${name}`,
    feed: "RSS 订阅",
    notFound: "找不到这个页面",
    notFoundText: "网址可能有误，或文章已移除。",
    provenance: "原刊载于",
    sections: "栏目",
    tags: "标签",
    tagTitle: (name) => `标签：${name}`,
    authorTitle: (name) => `作者：${name}`,
    topStory: "头条",
    related: "相关报道",
    share: "分享",
    shareOn: "分享到",
    weibo: "微博",
    wechat: "微信",
    wechatHelp: "用微信扫描二维码，分享本文。",
    qrLabel: "本文网址的二维码",
    line: "LINE",
    facebook: "Facebook",
    x: "X",
    email: "邮件",
    copyLink: "复制链接",
    copied: "已复制链接",
    updated: "更新",
    photo: "图片",
    moreIn: (name) => `更多${name}`,
    sectionFeed: (name) => `${name} · RSS 订阅`,
    allArticles: "全部文章",
  },
};

/** The interface text of an edition: its script, and for Traditional its region's usage (`hk`, `hkp`: Hong Kong). */
export function defaultUiText(script: Script, standard?: string): UiText {
  if (script === "hans") return STRINGS.cn;
  return standard === "hk" || standard === "hkp" ? STRINGS.hk : STRINGS.tw;
}

/** Keys an edition may override in the site config: the plain texts (not the templates). */
export const UI_TEXT_KEYS: readonly string[] = Object.entries(STRINGS.cn)
  .filter(([, value]) => typeof value === "string")
  .map(([key]) => key);

const headlineSegmenters = new Map<string, Intl.Segmenter>();
/** Headlines already cut, by language and text: a story's headline is shown on a dozen pages or more. */
const headlineCuts = new Map<string, readonly string[]>();
const MAX_HEADLINE_CUTS = 200_000;

/**
 * A headline cut into pieces that may start a line: words (ICU's dictionary segmenter), with
 * punctuation and spaces kept on the piece before them (opening brackets on the piece after), and
 * a short title or quotation in its marks kept whole (KEPT_WHOLE).
 */
export function headlineWords(text: string, lang: string): readonly string[] {
  const key = `${lang}\0${text}`;
  const known = headlineCuts.get(key);
  if (known !== undefined) return known;
  if (headlineCuts.size >= MAX_HEADLINE_CUTS) headlineCuts.clear();
  const pieces = cutHeadline(text, lang);
  headlineCuts.set(key, pieces);
  return pieces;
}

/**
 * Short spans a headline keeps on one line: a title in book-title marks (《神灭论》) and a short
 * quotation (“躺平”, 「內捲」), which the word segmenter would cut (神|灭论).
 */
const KEPT_WHOLE = /《[^《》]{1,12}》|〈[^〈〉]{1,12}〉|“[^“”]{1,8}”|「[^「」]{1,8}」|『[^『』]{1,8}』/gu;

function cutHeadline(text: string, lang: string): string[] {
  let segmenter = headlineSegmenters.get(lang);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(lang, { granularity: "word" });
    headlineSegmenters.set(lang, segmenter);
  }
  const inside = new Set<number>();
  for (const span of text.matchAll(KEPT_WHOLE))
    for (let at = span.index + 1; at < span.index + span[0].length; at++) inside.add(at);
  const pieces: string[] = [];
  let at = 0;
  // An opening bracket or quotation mark starts a piece and takes the word after it (a line never
  // ends with 《 or “); closing ones and other punctuation stay on the piece before them.
  let opened = false;
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    const opening = !isWordLike && /^[\p{Ps}\p{Pi}]+$/u.test(segment);
    if (pieces.length === 0 || (!inside.has(at) && ((isWordLike && !opened) || opening))) pieces.push(segment);
    else pieces[pieces.length - 1] += segment;
    opened = opening || (opened && !isWordLike);
    at += segment.length;
  }
  return pieces;
}
