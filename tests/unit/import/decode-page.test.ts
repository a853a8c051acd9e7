/** Saved pages decoded as browsers do (WHATWG Encoding Standard), a declaration the bytes contradict named. */
import { describe, expect, it } from "vitest";
import { codePage } from "../../../src/lib/import/codepage.ts";
import { decodePage } from "../../../src/lib/import/decode.ts";

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const page = (charset: string, body: readonly number[]): Uint8Array =>
  new Uint8Array([...ascii(`<html><head><meta charset="${charset}"><title>t</title></head><body><p>`), ...body]);
const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];
/** 台北市政府今天宣布新制 in Big5 and 上海地铁新线开通 in GBK, written out byte by byte. */
const BIG5 = [
  0xa5, 0x78, 0xa5, 0x5f, 0xa5, 0xab, 0xac, 0x46, 0xa9, 0xb2, 0xa4, 0xb5, 0xa4, 0xd1, 0xab, 0xc5, 0xa5, 0xac, 0xb7,
  0x73, 0xa8, 0xee,
];
const GBK = [0xc9, 0xcf, 0xba, 0xa3, 0xb5, 0xd8, 0xcc, 0xfa, 0xd0, 0xc2, 0xcf, 0xdf, 0xbf, 0xaa, 0xcd, 0xa8];

describe("saved page decoding", () => {
  it("reads Big5 with the Hong Kong extension as browsers do: FE D3 is 着, no private-use character", () => {
    const decoded = decodePage(page("big5", [...BIG5, 0xfe, 0xd3]));
    expect(decoded.text.endsWith("台北市政府今天宣布新制着")).toBe(true);
    expect(decoded.text).not.toMatch(/[\uE000-\uF8FF]/u);
    expect(decoded.conflict).toBeUndefined();
    // the code pages the garble repairs use read the same table
    expect(codePage("big5").decodePair(0xfe, 0xd3)).toBe("着");
  });

  it("reads a GBK declaration with the gb18030 decoder (four-byte sequences)", () => {
    const decoded = decodePage(page("gbk", [...GBK, 0x81, 0x30, 0x81, 0x30]));
    expect(decoded.text.endsWith("上海地铁新线开通\u0080")).toBe(true);
  });

  it("names a declaration the bytes contradict, and reads the bytes", () => {
    const cases: [string, number[], string, string][] = [
      ["big5", utf8("中文新聞着"), "utf-8", "中文新聞着"],
      ["gb2312", BIG5, "big5", "台北市政府今天宣布新制"],
      ["big5", GBK, "gb18030", "上海地铁新线开通"],
      ["iso-8859-1", GBK, "gb18030", "上海地铁新线开通"],
      ["utf-8", BIG5, "big5", "台北市政府今天宣布新制"],
    ];
    for (const [charset, body, encoding, text] of cases) {
      const decoded = decodePage(page(charset, body));
      expect(decoded.encoding, charset).toBe(encoding);
      expect(decoded.text.endsWith(text), charset).toBe(true);
      expect(decoded.conflict, charset).toContain(`declares charset ${charset}`);
    }
  });

  it("keeps a declaration the bytes agree with, and reads a UTF-16 declaration as UTF-8 (the prescan's rule)", () => {
    expect(decodePage(page("big5", BIG5)).conflict).toBeUndefined();
    expect(decodePage(page("gbk", GBK)).conflict).toBeUndefined();
    const sixteen = decodePage(page("utf-16", utf8("上海地铁")));
    expect(sixteen.text.endsWith("上海地铁")).toBe(true);
  });
});
