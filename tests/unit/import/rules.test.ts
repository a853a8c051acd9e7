import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { findGarbles, findOpenQuoteEnd } from "../../../src/lib/import/garble.ts";
import { findLostCharacters, LOST_CHAR_MARKER } from "../../../src/lib/import/lostchar.ts";
import { escapeMarkdown } from "../../../src/lib/import/markdown.ts";
import { findPinyinAnnotations } from "../../../src/lib/import/pinyin.ts";
import { findHalfWidthPunctuation } from "../../../src/lib/import/punctuation.ts";
import { classifyScript } from "../../../src/lib/import/script.ts";
import { metaOf, recognise, stripPageTools } from "../../../src/lib/import/structure.ts";
import { breadcrumbOf } from "../../../src/lib/import/breadcrumb.ts";
import { isCaption } from "../../../src/lib/import/captions.ts";
import { findDate } from "../../../src/lib/import/dates.ts";
import { furnitureReason } from "../../../src/lib/import/furniture.ts";
import { headingKind } from "../../../src/lib/import/headings.ts";
import { bylineOf, datelineOf } from "../../../src/lib/import/meta.ts";
import { slugify } from "../../../src/lib/import/slug.ts";
import type { Edit } from "../../../src/lib/import/tracked.ts";
import { decodeBytes } from "../../../src/lib/import/decode.ts";
import { dropGbkByte, flattenPunctuation } from "./defects.ts";

const apply = (text: string, edits: readonly Edit[]): string =>
  [...edits]
    .sort((a, b) => b.start - a.start)
    .reduce((t, e) => t.slice(0, e.start) + e.replacement + t.slice(e.end), text);

describe("pinyin annotations", () => {
  const fix = (t: string) => apply(t, findPinyinAnnotations(t));
  it("removes annotations with or without tone marks, one or several syllables", () => {
    expect(fix("國家保密局網(wǎng)站")).toBe("國家保密局網站");
    expect(fix("培訓(xun)工作")).toBe("培訓工作");
    expect(fix("中国(zhōng guó)人民")).toBe("中国人民");
    expect(fix("10個區(qū)(市)")).toBe("10個區(市)");
  });
  it("keeps real parentheticals", () => {
    for (const t of ["保密觀(App)上線", "（記者 王明）報道", "會議(2021)", "區(市)", "張三(zhang)說", "App(wang)"])
      expect(fix(t)).toBe(t);
  });
});

describe("half-width punctuation", () => {
  const fix = (t: string) => apply(t, findHalfWidthPunctuation(t));
  it("restores full width next to Chinese text", () => {
    expect(fix("來源:宣傳,需要?好!是;")).toBe("來源：宣傳，需要？好！是；");
    expect(fix("(轉載自《保密工作》)")).toBe("（轉載自《保密工作》）");
    expect(fix("區(市)")).toBe("區（市）");
  });
  it("leaves numbers, Latin text, URLs and e-mail addresses alone", () => {
    for (const t of [
      "共1,000人",
      "10:30開會",
      "Hello, world!",
      "見 https://a.gov.cn/x?a=1,b 網站",
      "觀(App)和(2021)年",
      "a,b@c.cn",
    ])
      expect(fix(t)).toBe(t);
  });
});

describe("lost-byte garbles", () => {
  const fix = (t: string) =>
    apply(
      t,
      findGarbles(t).map((g) => g.edit),
    );
  it("repairs the span whose lead byte was lost (GBK, Traditional text)", () => {
    const clean = "“我們要求各單位立即整改。”青島市委保密局負責同志說。";
    const garbled = flattenPunctuation(dropGbkByte(clean, clean.indexOf("。")));
    expect(garbled).not.toBe(clean);
    expect(fix(garbled)).toBe(flattenPunctuation(clean).replace("改!", "改。"));
  });
  it("repairs a garble that a naive converter then ran over", () => {
    const clean = "據介紹，各單位要開展學習。“動員千遍不如問責一次。”";
    const bytes = iconv.encode(clean, "gbk");
    const at = iconv.encode(clean.slice(0, clean.indexOf("。")), "gbk").length;
    const garbled = new TextDecoder("gbk").decode(Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]));
    expect(fix(garbled)).toContain("學習。“動員千遍");
  });
  it("repairs a garble in Simplified text that runs to the next ASCII character", () => {
    for (const [clean, after] of [
      ["会议指出，要加强领导干部培训。全市共有2023名学员参加。", "培训"],
      ["近日，省教育厅召开全省教育系统安全工作会议，部署2024年工作。", "会议"],
    ] as const) {
      const i = clean.indexOf(after) + after.length;
      const bytes = iconv.encode(clean, "gbk");
      const at = iconv.encode(clean.slice(0, i), "gbk").length;
      const garbled = new TextDecoder("gb18030").decode(Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1)]));
      expect(garbled).toContain("\uFFFD");
      expect(fix(garbled)).toBe(clean);
    }
  });
  it("leaves ordinary text with Latin words alone", () => {
    for (const t of ["積極利用“保密觀”App和微信公眾號", "使用5G網路和Wi-Fi熱點", "他說:A組第一"])
      expect(findGarbles(t)).toEqual([]);
  });
  it("closes a quotation left open by the loss", () => {
    expect(findOpenQuoteEnd("他介紹，“參訓學員普遍表示受益匪淺，效果較好!", "下一段")?.replacement).toBe("。”");
    expect(findOpenQuoteEnd("效果較好!", undefined)).toBeUndefined();
    expect(findOpenQuoteEnd("“太好了!”他說。", undefined)).toBeUndefined();
    expect(findOpenQuoteEnd("“第一段話!", "“第二段繼續引用。”")).toBeUndefined();
  });
});

describe("lost characters", () => {
  it("restores a character from its trail byte when one candidate clearly wins", () => {
    const [lost] = findLostCharacters("情景互動等承載著豐富史料,向?qū)W員們展示了各個歷史時期", ["gbk"]);
    expect(lost?.confident).toBe(true);
    expect(lost?.edit.replacement).toBe("學");
  });
  it("leaves a marker when the candidates cannot be ranked", () => {
    const [lost] = findLostCharacters("我們向?qū員們展示了");
    expect(lost?.confident).toBe(false);
    expect(lost?.edit.replacement).toBe(LOST_CHAR_MARKER);
  });
  it("flags every bare ? between Han characters, reading it as a question mark only after a question", () => {
    const [question] = findLostCharacters("如何才能讓培訓快速起效?青島市委");
    expect(question).toMatchObject({ bare: "question", confident: false, edit: { replacement: "？" } });
    const [lost] = findLostCharacters("现场气氛十分热?闹非凡");
    expect(lost).toMatchObject({ bare: "lost", edit: { replacement: LOST_CHAR_MARKER } });
    const [beforeStop] = findLostCharacters("现场气氛十分热?。");
    expect(beforeStop).toMatchObject({ bare: "lost" });
    expect(findLostCharacters("你好吗？我很好")).toEqual([]);
  });
});

describe("script", () => {
  it("tells Simplified, Traditional and naive Traditional apart", () => {
    expect(classifyScript("为扎实推进保密委员会建设，提升党政领导干部的保密意识。").kind).toBe("simplified");
    expect(
      classifyScript("為扎實推進保密委員會建設，提升黨政領導幹部的保密意識，5天時間裡在較大範圍內並逐步實施。").kind,
    ).toBe("traditional");
    const naive = classifyScript("提升黨政領導干部的保密意識，5天時間里在較大范圍內并逐步實施。");
    expect(naive.kind).toBe("naive-traditional");
    expect(naive.script).toBe("hans");
  });
  it("keeps genuine Taiwan and Hong Kong text with its regional forms", () => {
    const taiwan =
      "颱風凱米逼近台灣，行政院依計畫佈置抽水機，請民眾瞭解避難處所，於必要時撤離。記者林于婷報導，市府會在這裡說明。";
    expect(classifyScript(taiwan)).toMatchObject({ kind: "traditional", script: "hant", uncertain: false });
    const hongkong = "行政長官表示，特區政府會繼續着力支援青年，鼓勵他們在這裏實現理想，並為創業者提供資助。";
    expect(classifyScript(hongkong)).toMatchObject({ kind: "traditional", script: "hant", uncertain: false });
  });
  it("keeps Traditional text with one doubtful character as written and says so", () => {
    const verdict = classifyScript(
      "為強化公務人員資訊安全意識，市政府今天舉辦研習，各機關幹部參加，並在時間里完成演練後返回。",
    );
    expect(verdict).toMatchObject({ kind: "traditional", script: "hant", uncertain: true });
  });
});

describe("structure", () => {
  const dateOf = (t: string) => metaOf(t)?.date?.date;
  it("reads date forms, sources and authors", () => {
    expect(metaOf("2021年12月06日    來源：宣傳教育司【字體： 打印")).toMatchObject({
      date: { date: "2021-12-06" },
      source: "宣傳教育司",
    });
    expect(metaOf("2021-12-6 10:30")?.date).toMatchObject({ date: "2021-12-06", time: "10:30" });
    expect(dateOf("發布時間：2021/12/6")).toBe("2021-12-06");
    expect(metaOf("2021.12.06  稿源：新華社  作者：王明")).toMatchObject({ source: "新華社", author: "王明" });
    expect(metaOf("2021年12月6日，青島市召開會議，部署保密工作。")).toBeUndefined();
    expect(metaOf("2023年04月18日07:51 | 来源：人民网－人民日报")).toMatchObject({
      date: { date: "2023-04-18", time: "07:51" },
      source: "人民网－人民日报",
    });
    expect(metaOf("2023-09-06 18:30:05 中国新闻网")).toMatchObject({ source: "中国新闻网" });
    expect(metaOf("原创 张小明 税务知识课堂 2023-09-06 18:30 发表于北京")).toMatchObject({
      source: "税务知识课堂",
      author: "张小明",
    });
  });
  it("reads Republic-of-China dates and dates at the end of a release", () => {
    expect(findDate("發布日期：113-03-21")).toMatchObject({ date: "2024-03-21", roc: true });
    expect(findDate("民國113年5月2日")?.date).toBe("2024-05-02");
    expect(findDate("2024年3月21日（星期四）")?.date).toBe("2024-03-21");
    expect(findDate("2019.07.01")?.date).toBe("2019-07-01");
    expect(findDate("版本 9.5.3")).toBeUndefined();
    expect(findDate("2023-02-30")).toBeUndefined();
  });
  it("reads datelines and bylines", () => {
    expect(datelineOf("新华社北京5月11日电（记者 陈乔 王立）国务院总理")).toEqual({
      source: "新华社",
      author: "陈乔 王立",
    });
    expect(datelineOf("（中央社記者林于婷台北23日電）颱風凱米")).toEqual({ source: "中央社", author: "林于婷" });
    expect(datelineOf("会议指出，新华社记者")).toBeUndefined();
    expect(bylineOf("记者 陈乔")).toBe("陈乔");
    expect(bylineOf("文/李佳")).toBe("李佳");
    expect(bylineOf("記者 王小明／台北報導")).toBe("王小明");
    expect(bylineOf("记者从农业农村部获悉，春耕进展顺利。")).toBeUndefined();
  });
  it("reads breadcrumbs in their many forms", () => {
    expect(breadcrumbOf("当前位置：首页 > 工作动态 > 厅内动态")).toEqual(["首页", "工作动态", "厅内动态"]);
    expect(breadcrumbOf("新华网 >> 时政 >>")).toEqual(["新华网", "时政"]);
    expect(breadcrumbOf("您的位置：首页 » 新闻中心 » 正文")).toEqual(["首页", "新闻中心"]);
    expect(breadcrumbOf("首頁 › 新聞")).toEqual(["首頁", "新聞"]);
    expect(breadcrumbOf("首页 / 政策 / 最新")).toEqual(["首页", "政策", "最新"]);
    expect(breadcrumbOf("2023/9/6")).toBeUndefined();
    expect(breadcrumbOf("他说：A > B，所以如此。")).toBeUndefined();
  });
  it("removes page tools whole or cut off", () => {
    expect(stripPageTools("宣傳教育司【字體：大 中 小】【打印】【關閉窗口】")).toBe("宣傳教育司");
    expect(stripPageTools("宣传教育司【字体： 打印")).toBe("宣传教育司");
  });
  it("tells page furniture from text", () => {
    for (const line of [
      "【纠错】",
      "责任编辑：王頔",
      "原标题：某某",
      "（完）",
      "上一篇：某某",
      "豫ICP备05003290号",
      "阅读原文",
      "预览时标签不可点",
      "微信扫一扫",
      "分享到：",
      ":::",
      "＊＊＊＊",
    ])
      expect(furnitureReason(line), line).toBeDefined();
    for (const line of [
      "活动现场，工作人员提醒大家不要随意扫描来历不明的二维码。",
      "数据共享更加顺畅",
      "一、出台背景",
      "分享是一种美德。",
      "（二）强化技术支持",
      "推进扫码办事全覆盖",
      "分享到社交平台的内容，会议要求各部门认真审核。",
    ])
      expect(furnitureReason(line), line).toBeUndefined();
  });
  it("finds headings but never a UI word or a date", () => {
    expect(headingKind("一、出台背景")).toBe("numbered");
    expect(headingKind("（一）完善组织体系")).toBe("sub-numbered");
    expect(headingKind("“民营企业是自己人”")).toBe("plain");
    expect(headingKind("一是充分发挥各类媒体作用，组织做好工作。")).toBeUndefined();
    expect(headingKind("2023年9月6日")).toBeUndefined();
    expect(isCaption("图为发射现场。中新社记者 汪江波 摄")).toBe(true);
    expect(isCaption("（图片说明：长征二号丁运载火箭起飞瞬间）")).toBe(true);
    expect(isCaption("会议强调，要加快建设全国统一大市场。")).toBe(false);
  });
  it("finds the headline by evidence, not by line order", () => {
    const lines = [
      "新华网",
      "首页 | 时政 | 国际 | 财经 | 网评",
      "当前位置：首页 > 时政 > 正文",
      "标题在此处出现",
      "2024-05-12 08:31:05  来源：新华社",
      "第一段内容很长，说明了事情的来龙去脉，读者一看就知道发生了什么。",
      "小标题",
      "第二段，继续说明事情的经过和结果。",
      "【纠错】 责任编辑：王頔",
      "（来源：新华社）",
      "相关新闻",
      "另一条新闻的标题",
    ];
    const s = recognise(lines.map((text, i) => ({ text, line: i + 1 })));
    if ("error" in s) throw new Error(s.error);
    expect(s).toMatchObject({ breadcrumb: ["首页", "时政"], title: "标题在此处出现", source: "新华社", titleLine: 4 });
    expect(s.date?.date).toBe("2024-05-12");
    expect(s.blocks.map((b) => [b.kind, b.text])).toEqual([
      ["paragraph", lines[5]],
      ["heading", "小标题"],
      ["paragraph", lines[7]],
    ]);
    expect(s.dropped.map((d) => d.line)).toEqual([1, 2, 9, 10, 11, 12].filter((l) => l !== 10));
    expect(s.editors).toEqual(["王頔"]);
  });
  it("finds no title in running text", () => {
    expect(recognise([{ text: "這是一段很長的正文，沒有任何標題，只有句子。", line: 1 }])).toEqual({
      error: "no title found",
    });
  });
});

describe("output helpers", () => {
  it("escapes Markdown so text renders as written", () => {
    expect(escapeMarkdown("# 一")).toBe("\\# 一");
    expect(escapeMarkdown("1. 第一")).toBe("1\\. 第一");
    expect(escapeMarkdown("- 項")).toBe("\\- 項");
    expect(escapeMarkdown("a*b_c[d]<e>`f`")).toBe("a\\*b\\_c\\[d\\]\\<e\\>\\`f\\`");
    expect(escapeMarkdown("普通的句子。")).toBe("普通的句子。");
  });
  it("makes pinyin slugs", () => {
    expect(slugify("青岛：保密培训快速起效 宣教成果次第开花")).toBe("qing-dao-bao-mi-pei-xun-kuai-su");
    expect(slugify("5G網路(App)")).toBe("5g-wang-lu-app");
  });
  it("detects GBK, Big5, BOM", () => {
    const text = "國家保密局網站發布保密工作動態，宣傳教育成果次第開花。";
    expect(decodeBytes(iconv.encode(text, "gbk"))).toEqual({ text, encoding: "gb18030" });
    expect(decodeBytes(iconv.encode(text, "big5"))).toEqual({ text, encoding: "big5" });
    const simplified = "国家保密局网站发布保密工作动态。";
    expect(decodeBytes(iconv.encode(simplified, "gbk"))).toEqual({ text: simplified, encoding: "gb18030" });
    expect(decodeBytes(Buffer.from(`\uFEFF${text}`)).encoding).toBe("utf-8");
  });
});
