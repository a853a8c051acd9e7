/**
 * The data lines around a headline: date and time, source (labelled or not),
 * author and byline, editor, and a government portal's information table.
 */
import { findDate, type FoundDate } from "./dates.ts";
import { stripPageTools } from "./furniture.ts";

export type Meta = {
  date?: FoundDate;
  /** The date carries a publication label (`发布日期：`). */
  published?: boolean;
  /** The date carries an update label (`更新時間：`). */
  updated?: boolean;
  source?: string;
  author?: string;
  editor?: string;
  /** `标题：…` in a government portal's information table. */
  title?: string;
};

const SOURCE_LABEL =
  /(?:稿件來源|稿件来源|本文來源|本文来源|內容來源|内容来源|信息提供|供稿單位|文章出處|文章出处|信息來源|信息来源|文章來源|文章来源|新聞來源|新闻来源|資料來源|资料来源|消息來源|消息来源|來源|来源|稿源|出處|出处|發布單位|发布单位|發布機關|发布机关|發佈單位|發布機構|发布机构|發文單位|发文机关|發文機關|供稿單位|供稿单位|供稿|撰稿單位|新聞稿發布單位)\s*[:：]\s*/u;
const AUTHOR_LABEL =
  /(?:作者|撰稿|撰文|文字|記者|记者|本報記者|本报记者|通讯员|通訊員|特约记者|特約記者|(?<![\p{Script=Han}])文\s*[/／|｜:：])\s*(?:[:：]\s*|(?<=[/／|｜:：])\s*)/u;
/** Other credits after a byline (`撰文：張三\u3000攝影：李四`): where the author's value ends. */
const CREDIT_LABEL =
  /(?:攝影|摄影|图片|圖片|插图|插圖|翻译|翻譯|设计|設計|(?<![\p{Script=Han}])(?:图|圖))\s*[:：/／]\s*/u;
const EDITOR_LABEL = /(?:责任编辑|責任編輯|责编|責編|编辑|編輯|审核|審核|校对|校對)\s*[:：]\s*/u;
const OTHER_LABEL =
  /(?:發布日期|发布日期|發布時間|发布时间|發佈時間|發佈日期|更新時間|更新时间|更新日期|時間|时间|日期|发表时间|發表時間|发文日期|成文日期|公開日期|公开日期|上稿時間|刊登日期|出版時間|出版时间|出版日期)\s*[:：]\s*/u;
const INFO_LABEL =
  /(?:索引号|索引號|主题分类|主題分類|发文字号|發文字號|文号|文號|浏览次数|瀏覽次數|点击数|點擊數|阅读量|閱讀量)\s*[:：]/u;
const TITLE_LABEL = /^(?:标\s*题|標\s*題|主\s*题|主\s*題)\s*[:：]\s*/u;
/** A date labelled as the publication date wins over others (成文日期, 更新时间, a header's "today"). */
const PUBLISHED_LABEL =
  /(?:(?:發布|发布|發佈|发表|發表|刊登|公開|公开|上稿|出版)(?:日期|時間|时间)|出版|發佈|发布|Published)\s*[:：]\s*$/iu;
/** `刊登於`, `發表` after a byline's name (`文｜陳小雨 刊登於 2024-05-12`). */
const PUBLISHED_WORD =
  /\s*(?:刊登於|刊登于|刊於|刊于|發表於|发表于|發佈於|发布于|發布於|更新於|更新于|發表|发表|發布|发布|發佈)\s*$/u;
/** A date labelled as the last change (`更新時間：`, `最後更新`, `Updated`): no publication date. */
const UPDATED_LABEL = /(?:更新|修改|修訂|修订|Updated?|Last modified)\s*(?:日期|時間|时间|于|於)?\s*[:：]?\s*$/iu;
const SENTENCE_END = /[。！？!?；;]$/u;
const ANY_LABEL = new RegExp(
  [SOURCE_LABEL, AUTHOR_LABEL, EDITOR_LABEL, CREDIT_LABEL, OTHER_LABEL, INFO_LABEL]
    .map((label) => label.source)
    .join("|"),
  "u",
);

/** The value after a label: up to the next label, a wide gap, `|` or a tool. */
function valueAfter(text: string, match: RegExpExecArray | null): string | undefined {
  if (!match) return undefined;
  let rest = text.slice(match.index + match[0].length);
  const next = new RegExp(ANY_LABEL.source, "u").exec(rest);
  if (next) rest = rest.slice(0, next.index);
  rest = stripPageTools(rest.split(/【|\s{2,}|[|｜]|\t/u)[0] ?? "");
  const date = findDate(rest);
  if (date) rest = `${rest.slice(0, date.index)} ${rest.slice(date.index + date.length)}`;
  const value = rest
    .trim()
    .replace(/^[（(【[]|[)）】\]].*$/gu, "")
    .replace(PUBLISHED_WORD, "")
    .replace(/[\s,，、;；]+$/u, "");
  return value && value.length <= 40 ? value : undefined;
}

/** Words on a meta line that carry no data (WeChat's `原创`, `发表于北京`). */
const NOISE =
  /^(?:(?:出版|更新|發佈|发布|發布|Published|Updated)\s*[:：]|今天是[:：]?|今日[:：]?|星期[一二三四五六日天]|[（(]?周[一二三四五六日][)）]?|农历\S*|農曆\S*|原创|原創|转载|轉載|发布|發布|發佈|发表|發表|发表于\S*|發表於\S*|刊登於|刊登于|刊於|刊于|刊出|發佈於|发布于|發布於|更新於|更新于|编辑于\S*|更新|首发|首發|来自|來自|IP属地\S*|IP屬地\S*|新聞稿|新闻稿|新聞公報|新闻公报|新聞發佈|新聞發布|新闻发布|新聞資料|新闻资料|\S*(?:记者|記者|特派员|特派員|通讯员|通訊員|主笔|主筆|撰稿人|评论员|評論員|专栏作家|專欄作家|编辑|編輯)|\d+\s*(?:阅读|閱讀|次)|[（(].*[)）])$/u;
/** Outlets with names as short as a person's (`央视`, `澎湃`): no person. */
const SHORT_OUTLET =
  /^(?:央视|央視|澎湃|新浪|搜狐|网易|網易|腾讯|騰訊|凤凰|鳳凰|财新|財新|界面|中新|东网|東網|星島|明報|明报|文匯|文汇|大公|信報|信报|壹週|联合|聯合|自由|中時|中时|三立|民視|民视|公視|公视|華視|华视|台視|台视|中視|中视|東森|东森|年代|非凡|鏡週|镜周)$/u;
/** Endings of an organisation's name (网, 社, 报, 台, 局…): no person. */
const ORGANISATION_END =
  /(?:网|網|社|报|報|台|刊|站|局|部|委|院|办|辦|会|會|中心|号|號|频道|頻道|新闻|新聞|日报|日報|时报|時報|客户端|客戶端|媒体|媒體|电视|電視|广播|廣播|政府|法院|集团|集團|公司|银行|銀行|大学|大學|学校|學校|医院|醫院)$/u;

/** A lone 2–3 character Han name that is no outlet's or organisation's: a person's. */
function isPersonalName(word: string): boolean {
  return /^\p{Script=Han}{2,3}$/u.test(word) && !ORGANISATION_END.test(word) && !SHORT_OUTLET.test(word);
}
const NAME = /^[\p{Script=Han}A-Za-z0-9·・－—_-]{2,24}$/u;

/**
 * Reads a date/source/author line; undefined when the line is none.
 * A line is data when it carries a label, or is short, dated and no sentence.
 */
export function metaOf(raw: string): Meta | undefined {
  const text = raw.trim();
  if (text.length > 120) return undefined;
  const titleLabel = TITLE_LABEL.exec(text);
  if (titleLabel) {
    const value = text.slice(titleLabel[0].length).trim();
    return value ? { title: value } : undefined;
  }
  const date = findDate(text);
  const source = SOURCE_LABEL.exec(text);
  const author = AUTHOR_LABEL.exec(text);
  const editor = EDITOR_LABEL.exec(text);
  const other = OTHER_LABEL.exec(text) ?? INFO_LABEL.exec(text);
  const labelled = source ?? author ?? editor ?? other;
  if (labelled && labelled.index > 30) return undefined;
  if (!labelled && !date) return undefined;
  if (!labelled && (SENTENCE_END.test(text) || text.length > 60)) return undefined;
  if (/[，。]/u.test(text) && !labelled) return undefined;
  const meta: Meta = {};
  if (date) {
    meta.date = date;
    const before = text.slice(Math.max(0, date.index - 12), date.index);
    if (PUBLISHED_LABEL.test(before)) meta.published = true;
    else if (UPDATED_LABEL.test(before)) meta.updated = true;
  }
  const sourceValue = valueAfter(text, source);
  const authorValue = valueAfter(text, author);
  const editorValue = valueAfter(text, editor);
  if (sourceValue) meta.source = sourceValue;
  if (authorValue) meta.author = authorValue;
  if (editorValue) meta.editor = editorValue;
  if (!labelled || (!source && date)) {
    // unlabelled names beside a date: `2023-09-06 18:30 中国新闻网`, WeChat `原创 张三 某公众号 2023-09-06`
    let rest = date ? `${text.slice(0, date.index)} ${text.slice(date.index + date.length)}` : text;
    rest = rest.replace(/[（(][^（）()]*[)）]/gu, " ").replace(/[[\]【】]/gu, " ");
    for (const found of [author, editor, other]) if (found) rest = rest.replace(found[0], " ");
    if (authorValue) rest = rest.replace(authorValue, " ");
    if (editorValue) rest = rest.replace(editorValue, " ");
    const allWords = stripPageTools(rest)
      .split(/[\s|｜]+/u)
      .map((word) => word.trim())
      .filter((word) => word !== "");
    const byline = bylineOf(allWords.filter((word) => !PUBLISHED_WORD.test(word)).join(" "));
    const words = allWords.filter((word) => !NOISE.test(word));
    if (byline) {
      meta.author ??= byline;
      return meta;
    }
    const person = words.length === 1 && words[0] !== undefined && isPersonalName(words[0]) ? words[0] : undefined;
    if (person) meta.author ??= person;
    else if (words.length > 0 && words.length <= 3 && words.every((word) => NAME.test(word))) {
      const last = words.at(-1);
      if (last) meta.source = last;
      if (words.length >= 2 && !meta.author) meta.author = words.slice(0, -1).join(" ");
    } else if (!labelled && words.some((word) => !NAME.test(word))) {
      return undefined;
    }
  }
  return meta;
}

/** Agency or paper datelines at the start of the body: `新华社北京5月12日电（记者 陈乔）`. */
const DATELINE =
  /^(?:[（(]\s*)?(新华社|新華社|中新社|中新网|中新網|中央社|人民网|人民網|央视网|央視網|本报|本報|本台|本网|本網|法新社|路透社|路透|美联社|美聯社|共同社|德新社|韩联社|韓聯社|塔斯社|彭博社|彭博|安莎社|埃菲社|中通社|中评社|中評社|国际在线|國際在線)(?:記者|记者)?([\p{Script=Han}·、\s]{0,12}?)(?:[\p{Script=Han}]{2,6})?\s*(?:\d{1,2}月)?\d{1,2}日\s*(?:电|電|讯|訊|专电|專電)/u;
const DATELINE_AUTHOR = /(?:[（(]\s*(?:记者|記者)\s*([\p{Script=Han}·、\s]{2,30}?)\s*[)）])/u;
const NEWS_FLASH = /^(本报讯|本報訊|央视网消息|央視網消息|中新网\d{1,2}月\d{1,2}日电|人民网讯|人民網訊)/u;

export type Dateline = { source?: string; author?: string };

/** `【明報專訊】`, `【大公報訊】`, `（星島日報報道）`. */
const NEWS_SPECIAL = /^[【[（(]\s*([\p{Script=Han}]{2,6}?)(?:專訊|专讯|報訊|报讯|訊|讯|報道|报道)\s*[】\]）)]/u;

/** A Taiwanese paper's bracketed byline: `〔記者黃明堂／台東報導〕`, `［記者王小明、李四／台北報導］`. */
const BRACKET_BYLINE =
  /^[〔［[【]\s*(?:記者|记者|特派員|特派员)\s*([\p{Script=Han}·、\s]{2,30}?)\s*[／/]\s*\p{Script=Han}{2,8}(?:報導|报道|報道|綜合報導|综合报道)\s*[〕］\]】]/u;

/** `【本報訊】記者張三報道`: the paper's own news, its reporter named. */
const OWN_REPORTER =
  /^[【[]\s*(?:本報訊|本报讯|本報消息|本报消息)\s*[】\]]\s*(?:記者|记者)\s*([\p{Script=Han}·、]{2,12}?)\s*(?:報道|报道|報導)/u;

/** `(德国之声中文网)`, `（美國之音）` opening the text: the outlet that sent it. */
const OUTLET_IN_PARENS =
  /^[（(]\s*([\p{Script=Han}A-Za-z ]{2,10}(?:中文网|中文網|网|網|社|电台|電台|之声|之聲|之音))\s*[)）]/u;

export function datelineOf(text: string): Dateline | undefined {
  const head = text.slice(0, 60);
  const bracketed = BRACKET_BYLINE.exec(head);
  const bracketedNames = bracketed?.[1] ? namesOnly(bracketed[1]) : undefined;
  if (bracketedNames) return { author: bracketedNames };
  const ownReporter = OWN_REPORTER.exec(head);
  const ownNames = ownReporter?.[1] ? namesOnly(ownReporter[1]) : undefined;
  if (ownNames) return { author: ownNames };
  const outlet = OUTLET_IN_PARENS.exec(head);
  if (outlet?.[1]) return { source: outlet[1] };
  const special = NEWS_SPECIAL.exec(head);
  if (special?.[1] && !/^(?:本報|本报|本台|本網|本网|記者|记者)$/u.test(special[1])) return { source: special[1] };
  const match = DATELINE.exec(head);
  const flash = NEWS_FLASH.exec(head);
  if (!match && !flash) return undefined;
  const found: Dateline = {};
  const agency = match?.[1] ?? flash?.[1]?.replace(/\d.*$/u, "") ?? "";
  if (!/^(?:本报|本報|本台|本网|本網|本报讯|本報訊)$/u.test(agency))
    found.source = agency.replace(/消息$|讯$|訊$/u, "");
  const byline = DATELINE_AUTHOR.exec(head);
  if (byline?.[1]) found.author = byline[1].trim().replace(/\s+/gu, " ");
  else if (match && /^(?:中央社)/u.test(agency)) {
    // the place before the day is most often two characters (台北, 高雄, 東京)
    const cna = /中央社記者([\p{Script=Han}、]{2,12})[\p{Script=Han}]{2}\d{1,2}日電/u.exec(head);
    if (cna?.[1]) found.author = cna[1];
  }
  return found;
}

/** A line that is only a byline: `记者 陈乔`, `本报记者 张三 李四`, `（记者 王明）`, `文/张三`, `作者：李四`. */
export function bylineOf(raw: string): string | undefined {
  const line = raw.trim();
  const bracketed = BRACKET_BYLINE.exec(line);
  if (bracketed?.[1] && bracketed[0].length === line.length) return namesOnly(bracketed[1]);
  // `王小明 / 台東報導`: names before a place and 報導 need no label
  const reported = /^([\p{Script=Han}·、\s]{2,20}?)\s*[／/|｜]\s*[\p{Script=Han}]{2,4}(?:報導|报道|報道)$/u.exec(line);
  if (reported?.[1] && !/記者|记者/u.test(reported[1])) return namesOnly(reported[1]);
  // `记者 张三 编辑 李四`: roles after the byline are credits, not authors
  const text = line
    .replace(ROLE_TAIL, "")
    .replace(/^作者\s*[,，]\s*/u, "作者：")
    .replace(/\s*[／/|｜]?\s*[\p{Script=Han}]{2,6}(?:報導|报道|報道)$/u, "")
    // an outlet before the byline: `环球时报-环球网报道 记者 张三`, `北京日报客户端 | 记者 张三`
    .replace(/^[\p{Script=Han}A-Za-z\-—－]{2,20}(?:报道|報導|報道)\s+(?=记者|記者)/u, "")
    .replace(/^[\p{Script=Han}A-Za-z]{2,12}\s*[|｜／/]\s*(?=记者|記者|作者|文)/u, "")
    // the paper before the reporter: `聯合報 記者林佳彣`, `澎湃新闻记者 王倩`, `端傳媒記者 何欣潔 發自台北`
    .replace(/\s*(?:發自|发自)\p{Script=Han}{2,4}$/u, "")
    .replace(/^[\p{Script=Han}A-Za-z]{2,8}?\s*(?=記者|记者)/u, "");
  if (/(?:報導|报道)$/u.test(text)) return undefined;
  const match =
    /^[（(]?\s*(?:[\p{Script=Han}]{2,8}?(?=记者|記者|通讯员|通訊員))?(?:本报记者|本報記者|记者|記者|通讯员|通訊員|特约记者|特約記者|特约撰稿人|特約撰稿人|撰稿人|作者|文字|撰文|撰稿|(?:文|图文|圖文)\s*[、/／]\s*(?:攝|摄|圖|图)|图文|圖文|文(?=\s*[/／|｜:：]))\s*[:：/／|｜]?\s*([\p{Script=Han}A-Za-z·、\s]{2,30}?)\s*[)）]?$/u.exec(
      text,
    );
  if (!match?.[1]) return undefined;
  return namesOnly(match[1]);
}

/** Roles after a byline (`编辑 李四`, `攝影：王五`): credits, cut from the authors. */
const ROLE_TAIL =
  /\s+(?:责任编辑|責任編輯|编辑|編輯|攝影|摄影|校对|校對|审核|審核|实习生|實習生|翻译|翻譯|插图|插圖|设计|設計|图|圖)\s*[:：/／]?\s*[\p{Script=Han}·、\s]{2,20}$/u;

/** The roles named after a byline (`编辑 李四`, `攝影 王五`): credits, not authors. */
export function creditsOf(raw: string): string[] {
  const tail = ROLE_TAIL.exec(raw.trim());
  if (!tail) return [];
  return tail[0]
    .trim()
    .split(
      /\s+(?=责任编辑|責任編輯|编辑|編輯|攝影|摄影|校对|校對|审核|審核|实习生|實習生|翻译|翻譯|插图|插圖|设计|設計|图|圖)/u,
    )
    .map((credit) => credit.trim().replace(/\s+/gu, " "));
}

/** Names (two to four characters each, or Latin), separated by spaces or 、; undefined otherwise. */
function namesOnly(text: string): string | undefined {
  const name = text.trim().replace(/\s+/gu, " ");
  const names = name.split(/[\s、]+/u);
  const isName = (part: string): boolean =>
    /^\p{Script=Han}{2,4}$/u.test(part) ||
    /^\p{Script=Han}{1,6}(?:[·・]\p{Script=Han}{1,6}){1,3}$/u.test(part) ||
    /^[A-Za-z]+$/u.test(part);
  if (!names.every(isName)) return undefined;
  return name;
}

/** A reporter's role under a byline (`BBC中文記者`, `BBC气候与科学记者`, `駐東京特派員`): no headline, no source. */
export function isRoleLine(text: string): boolean {
  return (
    [...text].length <= 16 &&
    /(?:记者|記者|编辑|編輯|特派员|特派員|通讯员|通訊員|主笔|主筆|撰稿人|评论员|評論員|专栏作家|專欄作家|Correspondent|Reporter|Editor)$/iu.test(
      text.trim(),
    )
  );
}
