/**
 * The Taiwan edition's phrase dictionary reviewed for news (data/conversion/tw-phrases-news.json):
 * general words keep their general sense, computing and proper-name phrases still convert, both
 * directions and the search fold, through the real converter of the default site.
 */
import * as OpenCC from "opencc-js";
import TW_PHRASES from "opencc-js/dict/TWPhrases";
import TW_PHRASES_REV from "opencc-js/dict/TWPhrasesRev";
import { describe, expect, it } from "vitest";
import sentences from "../../fixtures/conversion/tw-news-sentences.json" with { type: "json" };
import { getConverter } from "../../../src/lib/script/converter.ts";
import { TW_PHRASE_REVIEW } from "../../../src/lib/script/tw-phrases.ts";
import type { EditionStyle } from "../../../src/lib/script/types.ts";
import { fold } from "../../../src/lib/site/fold.ts";
import { article, convertText, parse } from "../../support/articles.ts";
import { siteConfig } from "../../support/site-config.ts";
import { hansEdition, hantEdition } from "./support.ts";

const entries = (dictionary: string) =>
  new Map(
    dictionary.split("|").map((entry) => [entry.slice(0, entry.indexOf(" ")), entry.slice(entry.indexOf(" ") + 1)]),
  );
const twPhrases = entries(TW_PHRASES);
const twPhrasesRev = entries(TW_PHRASES_REV);
const { toTaiwan, fromTaiwan } = TW_PHRASE_REVIEW;

/** opencc standard Traditional → Simplified, characters and phrases (no regional vocabulary). */
const simplified = OpenCC.Converter({ from: "t", to: "cn" });

const intoTaiwan = (text: string) => convertText(text, "hans", "hant");

/** A site whose Simplified edition reads Traditional articles as `twp` (Taiwan vocabulary). */
const taiwan: EditionStyle = { ...hantEdition("twp"), id: "zh-hant", lang: "zh-Hant-TW" };
const twpSource = getConverter({ editions: [taiwan, hansEdition], overrides: [], groups: [] });
const fromTaiwanText = (text: string) => twpSource.convert(text, { script: "hant", standard: "twp" }, hansEdition);

describe("the default site's Taiwan edition", () => {
  it("uses the twp standard", () => {
    expect(siteConfig.conversion.editions.find((edition) => edition.script === "hant")?.standard).toBe("twp");
  });
});

describe("the review data", () => {
  it("drops only real opencc-js TWPhrases / TWPhrasesRev entries, with their current targets", () => {
    for (const [source, { was }] of Object.entries(toTaiwan.dropped))
      expect([source, twPhrases.get(source)]).toEqual([source, was]);
    for (const [source, { was }] of Object.entries(fromTaiwan.dropped))
      expect([source, twPhrasesRev.get(source)]).toEqual([source, was]);
  });

  it("adds phrases opencc does not already have (or corrects its target)", () => {
    for (const [source, { to }] of Object.entries(toTaiwan.phrases)) expect(twPhrases.get(source)).not.toBe(to);
    for (const [source, { to }] of Object.entries(fromTaiwan.phrases)) expect(twPhrasesRev.get(source)).not.toBe(to);
  });

  it("gives every decision a reason", () => {
    for (const { why } of [toTaiwan, fromTaiwan].flatMap((review) => [
      ...Object.values(review.dropped),
      ...Object.values(review.phrases),
    ]))
      expect(why.length).toBeGreaterThan(5);
  });
});

describe("Simplified → Taiwan edition", () => {
  it.each(sentences.toTaiwan.general)("keeps the general sense: $source", ({ source, expect: kept }) => {
    const output = intoTaiwan(source);
    for (const word of kept) expect(output).toContain(word);
  });

  it.each(sentences.toTaiwan.converted)("converts computing and names: $source", ({ source, expect: wanted }) => {
    const output = intoTaiwan(source);
    for (const word of wanted) expect(output).toContain(word);
  });

  it("leaves each dropped word as written, and converts each added phrase whole", () => {
    for (const [source, { was }] of Object.entries(toTaiwan.dropped))
      expect(intoTaiwan(simplified(source))).not.toBe(was);
    for (const [source, { to }] of Object.entries(toTaiwan.phrases))
      expect([source, intoTaiwan(simplified(source))]).toEqual([source, to]);
  });

  it("still converts opencc's longer phrases that contain a dropped word", () => {
    const longer = [...twPhrases].filter(
      ([source]) =>
        toTaiwan.dropped[source] === undefined &&
        Object.keys(toTaiwan.dropped).some((dropped) => source !== dropped && source.includes(dropped)),
    );
    expect(longer.length).toBeGreaterThan(40);
    const wrong = longer.filter(([source, target]) => intoTaiwan(simplified(source)) !== target);
    expect(wrong).toEqual([]);
  });
});

describe("Taiwan source → Simplified edition (traditionalSource twp)", () => {
  it.each(sentences.fromTaiwan)("$source", ({ source, expect: wanted }) => {
    const output = fromTaiwanText(source);
    for (const word of wanted) expect(output).toContain(word);
  });

  it("leaves each dropped word's meaning, and converts each added phrase whole", () => {
    for (const source of Object.keys(fromTaiwan.dropped))
      expect([source, fromTaiwanText(source)]).toEqual([source, simplified(source)]);
    for (const [source, { to }] of Object.entries(fromTaiwan.phrases))
      expect([source, fromTaiwanText(source)]).toEqual([source, simplified(to)]);
  });
});

describe("search folding", () => {
  it("folds a general Taiwan word to its own Simplified form, so a Simplified query finds it", () => {
    for (const source of Object.keys(fromTaiwan.dropped))
      expect([source, fold(source)]).toEqual([source, simplified(source)]);
    expect(fold("國家檔案局")).toBe(fold("国家档案局"));
  });

  it("still folds Taiwan vocabulary to the mainland's", () => {
    expect(fold("軟體、資訊、網路、影片、計程車、人工智慧、程式碼")).toBe(
      "软件、信息、网络、视频、出租车、人工智能、代码",
    );
    expect(fold("智慧型手機與社群媒體")).toBe("智能手机与社交媒体");
  });
});

describe("adding a computing sense back", () => {
  const body = "用户可以保存文件，程序正常运行。他支持这个项目。";
  const taiwanHtml = (frontMatter: string, options: Parameters<typeof parse>[1] = {}) =>
    parse(article(body, `script: hans\n${frontMatter}`), options).article?.editions["zh-hant"]?.sections[0]?.html;

  it("keeps the general sense by default", () => {
    expect(taiwanHtml("")).toBe("<p>用戶可以保存文件，程序正常運行。他支持這個項目。</p>");
  });

  it("writes Taiwan's computing words in an article of the computing group, in the zh-Hant edition on twp", () => {
    expect(taiwanHtml("conversion:\n  groups: [computing]\n")).toBe(
      "<p>使用者可以儲存檔案，程式正常執行。他支援這個專案。</p>",
    );
  });

  it("takes a zh-tw rule or markup in the default Traditional edition, whose standard is twp", () => {
    expect(taiwanHtml("conversion:\n  rules:\n    - { zh-hans: 程序, zh-hant: 程序, zh-tw: 程式 }\n")).toContain(
      "程式正常運行",
    );
    const marked = parse(article("-{zh-hans:程序;zh-hant:程序;zh-tw:程式}-运行正常。", "script: hans\n")).article;
    expect(marked?.editions["zh-hant"]?.sections[0]?.html).toBe("<p>程式運行正常。</p>");
  });

  it("takes a site override or an edition's variants", () => {
    const override = getConverter({
      ...siteConfig.conversion,
      overrides: [...(siteConfig.conversion.overrides ?? []), { hans: "项目", hant: "專案" }],
    });
    expect(taiwanHtml("", { converter: override })).toContain("這個專案");
    const variants = getConverter({
      ...siteConfig.conversion,
      editions: siteConfig.conversion.editions.map((edition) =>
        edition.script === "hant" ? { ...edition, variants: { ...edition.variants, 支持: "支援" } } : edition,
      ),
    });
    expect(taiwanHtml("", { converter: variants })).toContain("他支援");
  });
});
