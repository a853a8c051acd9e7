/**
 * A dictionary phrase whose last character jieba joins with a locative after it (手术台|上 cut as
 * 手术|台上, 操作|台前) is still applied: the place word is no reading of the character. Before
 * this, newsprint wrote 手術臺上 where opencc-js writes 手術檯上.
 */
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { getConverter } from "../../../src/lib/script/converter.ts";
import { hantEdition, SIMPLIFIED } from "./support.ts";

const converter = getConverter({ editions: [], overrides: [], groups: [] });
const toTaiwan = (text: string) => converter.convert(text, SIMPLIFIED, hantEdition("tw"));
const opencc = OpenCC.Converter({ from: "cn", to: "tw" });

describe("phrases before a locative", () => {
  it("keeps the phrase where jieba joins its last character with 上, 前, 下…", () => {
    for (const [hans, hant] of [
      ["病人躺在手术台上", "病人躺在手術檯上"],
      ["他站在操作台前调试设备", "他站在操作檯前調試設備"],
      ["病人被推上手术台后", "病人被推上手術檯後"],
      ["方便面上撒了葱花", "方便麵上撒了蔥花"],
    ] as const) {
      expect(toTaiwan(hans)).toBe(hant);
      expect(opencc(hans)).toBe(hant);
    }
  });

  it("still refuses a phrase that cuts into a word read otherwise", () => {
    expect(toTaiwan("这是只读文件")).toBe("這是只讀文件");
    expect(toTaiwan("他站在讲台上")).toBe("他站在講臺上");
  });

  it("reads a locative jieba cuts alone as itself, not as the end of a phrase glued to the word before", () => {
    // 方里 (a square li), 海里 (a nautical mile), 王后 (a queen), 个中 (therein) across a word's end.
    for (const [hans, hant] of [
      ["他在网上搜到的偏方里有一味药", "他在網上搜到的偏方裡有一味藥"],
      ["那就继续在轮回的苦海里折腾", "那就繼續在輪迴的苦海裡折騰"],
      ["成为转轮圣王后不再征战", "成為轉輪聖王後不再征戰"],
      ["一个大千世界是一千个中千世界", "一個大千世界是一千個中千世界"],
    ] as const)
      expect(toTaiwan(hans)).toBe(hant);
    // The phrase stands where it is a word: 海里 of distance, the queen.
    expect(toTaiwan("船离岸还有十海里")).toBe("船離岸還有十海里");
    expect(toTaiwan("国王和王后出席了晚宴")).toBe("國王和王后出席了晚宴");
  });
});
