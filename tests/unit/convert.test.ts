import { describe, expect, it } from "vitest";
import { getConverter } from "../../src/lib/script/converter.ts";
import { tokenizeMarkup } from "../../src/lib/script/markup.ts";
import { validateGroups } from "../../src/lib/script/rules.ts";
import { reviewConversion } from "../../src/lib/script/review.ts";
import { checkVariants } from "../../src/lib/script/style.ts";
import type { EditionStyle, TextLanguage } from "../../src/lib/script/types.ts";

const HANS: TextLanguage = { script: "hans", standard: "cn" };
const TW: TextLanguage = { script: "hant", standard: "tw" };
const hans: EditionStyle = {
  id: "zh-hans",
  lang: "zh-Hans",
  script: "hans",
  standard: "cn",
  variants: {},
  quotes: "curly",
};
const hant: EditionStyle = {
  id: "zh-hant",
  lang: "zh-Hant-TW",
  script: "hant",
  standard: "tw",
  variants: {},
  quotes: "corner",
};
const plain = (edition: EditionStyle): EditionStyle => ({ ...edition, quotes: "keep" });
const converter = getConverter({ editions: [hant, hans], overrides: [], groups: [] });

describe("script conversion", () => {
  it("converts Simplified to Taiwan Traditional and back", () => {
    expect(converter.convert("保密干部较大范围改革后", HANS, hant)).toBe("保密幹部較大範圍改革後");
    expect(converter.convert("頭髮與颱風承載著", TW, hans)).toBe("头发与台风承载着");
    expect(converter.convert("不变", HANS, hans)).toBe("不变");
  });

  it("never matches a phrase across a word boundary", () => {
    expect(converter.convert("年头发生了变化，奖金发放", HANS, hant)).toBe("年頭發生了變化，獎金發放");
    expect(converter.convert("他们干得很好", HANS, hant)).toBe("他們幹得很好");
    expect(converter.convert("头发很干燥", HANS, hant)).toBe("頭髮很乾燥");
  });

  it("applies site overrides as whole words, in both directions", () => {
    const custom = getConverter({
      editions: [hant, hans],
      overrides: [{ hans: "一只只", hant: "一隻隻" }],
      groups: [],
    });
    expect(custom.convert("一只只小猫", HANS, hant)).toBe("一隻隻小貓");
    expect(custom.convert("这一只只是普通的猫", HANS, hant)).toBe("這一隻只是普通的貓");
    const dynasty = getConverter({ editions: [hant, hans], overrides: [{ hans: "乾隆", hant: "乾隆" }], groups: [] });
    expect(dynasty.convert("乾隆", TW, hans)).toBe("乾隆");
  });

  it("lets an edition choose another Traditional standard", () => {
    expect(converter.convert("着", HANS, { ...hant, standard: "hk", lang: "zh-Hant-HK" })).toBe("着");
    expect(converter.convert("着", HANS, hant)).toBe("著");
    expect(converter.convert("软件", HANS, { ...hant, standard: "twp" })).toBe("軟體");
  });

  it("resolves -{…}- markup and reports nested or repeated markup with offsets", () => {
    expect(converter.convert("-{干}-部与干部", HANS, hant)).toBe("干部與幹部");
    expect(converter.convert("-{zh-hans:鼠标;zh-hant:滑鼠}-坏了", HANS, hant)).toBe("滑鼠壞了");
    expect(converter.convert("-{zh-hans:鼠标;zh-hant:滑鼠}-坏了", HANS, hans)).toBe("鼠标坏了");
    expect(converter.convert("-{zh-hans:软件;zh-hant:軟件;zh-hk:軟件;zh-tw:軟體}-", HANS, hant)).toBe("軟體");
    expect(tokenizeMarkup("a -{b").errors).toHaveLength(1);
    expect(tokenizeMarkup("ab-{x-{y}-z}-").errors.map((error) => error.offset)).toEqual([5]);
    expect(tokenizeMarkup("-{zh-hans:a;zh-hans:b;zh-hant:c}-").errors).toHaveLength(1);
    expect(() => converter.convert("-{zh-hans:a;zh-hans:b;zh-hant:c}-", HANS, hant)).toThrow(/twice/);
  });

  it("maps quotation marks per edition, pairing nested ones and keeping apostrophes", () => {
    expect(converter.convert("他说：“我读过‘春天’。”", HANS, hant)).toBe("他說：「我讀過『春天』。」");
    expect(converter.convert("他说“it’s fine”", HANS, hant)).toBe("他說「it’s fine」");
    expect(converter.convert("「好」『對』", TW, hans)).toBe("“好”‘对’");
    expect(converter.convert("“好”", HANS, plain(hant))).toBe("“好”");
    expect(converter.convert("-{“原样”}-与“引号”", HANS, hant)).toBe("“原样”與「引號」");
    // Texts split by inline markup still pair up.
    expect(converter.convertMany(["他说“", "重要", "”"], HANS, hant)).toEqual(["他說「", "重要", "」"]);
  });

  it("applies house-style variants after conversion and to text already in the edition's script", () => {
    const house = { ...plain(hant), variants: { 臺: "台", 裡: "裏" } };
    expect(converter.convert("台湾里面", HANS, house)).toBe("台灣裏面");
    expect(converter.convert("臺灣裡面", TW, house)).toBe("台灣裏面");
    expect(converter.convert("-{臺}-灣", TW, house)).toBe("臺灣");
    expect(checkVariants({ 臺: "台" })).toEqual([]);
    expect(checkVariants({ 於: "于" })).toHaveLength(1);
  });

  it("applies article rules and rule groups, and validates group names", () => {
    const article = { rules: [{ "zh-hans": "张发", "zh-hant": "張發" }], groups: ["people"] };
    expect(converter.convert("张发说奥巴马", HANS, plain(hant), article)).toBe("張發說歐巴馬");
    expect(converter.convert("奥巴马", HANS, plain(hant))).toBe("奧巴馬");
    expect(validateGroups(["people", "nope"]).map((problem) => problem.group)).toEqual(["nope"]);
  });

  it("converts a batch as it converts each text", () => {
    const texts = ["年头发生", "一只只", "-{后}-来", "他们干得很好"];
    expect(converter.convertMany(texts, HANS, hant)).toEqual(texts.map((text) => converter.convert(text, HANS, hant)));
  });

  // A batch joins its texts: a rule asking for the end of a text (衣服晾了三天才干, a headline
  // without a full stop) or its start (于正发文…, 云何…) must see the text's own end and start.
  it("ends and starts a rule's context with each text of a batch", () => {
    const texts = ["衣服晾了三天才干", "他不太会系", "于正发文回应网友质疑", "云何为二种人耶", "第二段。"];
    const batch = converter.convertMany(texts, HANS, hant);
    expect(batch).toEqual(texts.map((text) => converter.convert(text, HANS, hant)));
    expect(batch.slice(0, 3)).toEqual(["衣服晾了三天才乾", "他不太會繫", "于正發文回應網友質疑"]);
    const traditional = ["館藏展出《母親》初版 高爾基 著", "魯迅所著", "第二段。"];
    expect(converter.convertMany(traditional, TW, hans)).toEqual([
      "馆藏展出《母亲》初版 高尔基 著",
      "鲁迅所著",
      "第二段。",
    ]);
  });

  it("lists uncertain decisions ranked by risk: name guesses and defaults above phrases, with a fix", () => {
    const items = reviewConversion("范先生说，头发很长", HANS, plain(hant));
    const name = items.find((item) => item.source === "范");
    expect(name).toMatchObject({ target: "范", kind: "name", context: "【范】先生说，头发很长" });
    expect(name?.fix).toEqual({ "zh-hans": "范先生", "zh-hant": "範先生" });
    const phrase = items.find((item) => item.source === "发");
    expect(phrase).toMatchObject({ target: "髮", kind: "phrase", reason: "头发" });
    expect(phrase?.risk ?? 100).toBeLessThan(name?.risk ?? 0);
    expect(items[0]?.risk).toBe(Math.max(...items.map((item) => item.risk)));
  });
});
