import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { findGarbles, findOpenQuoteEnd } from "../../../src/lib/import/garble.ts";
import { findLostCharacters, LOST_CHAR_MARKER } from "../../../src/lib/import/lostchar.ts";
import { escapeMarkdown } from "../../../src/lib/import/markdown.ts";
import { findPinyinAnnotations } from "../../../src/lib/import/pinyin.ts";
import { findHalfWidthPunctuation } from "../../../src/lib/import/punctuation.ts";
import { classifyScript } from "../../../src/lib/import/script.ts";
import { metaOf, recognise, stripPageTools } from "../../../src/lib/import/structure.ts";
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
  it("leaves real question marks alone", () => {
    expect(findLostCharacters("如何才能讓培訓快速起效?青島市委")).toEqual([]);
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
});

describe("structure", () => {
  it("reads date forms, sources and authors", () => {
    expect(metaOf("2021年12月06日    來源：宣傳教育司【字體： 打印")).toEqual({
      date: "2021-12-06",
      source: "宣傳教育司",
    });
    expect(metaOf("2021-12-6 10:30")).toEqual({ date: "2021-12-06" });
    expect(metaOf("發布時間：2021/12/6")).toEqual({ date: "2021-12-06" });
    expect(metaOf("2021.12.06  稿源：新華社  作者：王明")).toEqual({
      date: "2021-12-06",
      source: "新華社",
      author: "王明",
    });
    expect(metaOf("2021年12月6日，青島市召開會議，部署保密工作。")).toBeUndefined();
  });
  it("removes page tools whole or cut off", () => {
    expect(stripPageTools("宣傳教育司【字體：大 中 小】【打印】【關閉窗口】")).toBe("宣傳教育司");
    expect(stripPageTools("宣传教育司【字体： 打印")).toBe("宣传教育司");
  });
  it("finds breadcrumb, title, headings and the reprint note", () => {
    const s = recognise(
      [
        "首頁 › 新聞",
        "標題在此",
        "2021-12-06 來源：本站",
        "第一段內容很長，說明了事情。",
        "小標題",
        "第二段。",
        "（來源：新華社）",
      ].map((text, i) => ({ text, line: i + 1 })),
    );
    expect(s).toMatchObject({
      breadcrumb: ["首頁", "新聞"],
      title: "標題在此",
      date: "2021-12-06",
      source: "本站",
      reprintedFrom: "新華社",
    });
    if ("blocks" in s) expect(s.blocks.map((b) => b.kind)).toEqual(["paragraph", "heading", "paragraph"]);
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
