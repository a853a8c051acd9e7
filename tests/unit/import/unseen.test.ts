/** Articles the importer has never seen, made from clean text with the seed's defect classes. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { attentionOf, importRaw } from "../../../src/lib/import/index.ts";
import { dropGbkByte, encode, flattenPunctuation, insertPinyin, naiveTraditional, parseExpected } from "./defects.ts";

const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), "utf8");

type Case = {
  name: string;
  separator: string;
  dateLine: string;
  reprint: (text: string) => string;
  convert: (text: string) => string;
  /** Paragraph index → characters after which one GBK byte is lost. */
  garbles: Record<number, string[]>;
  tones: "symbol" | "none";
  encoding: "utf-8" | "gbk" | "big5";
  newline: string;
  bom: boolean;
  trailer: string;
  titleSpace: string;
};

function makeRaw(expected: string, c: Case): Uint8Array {
  const { front, blocks } = parseExpected(expected);
  const lines: string[] = [];
  if (front.breadcrumb) lines.push(c.convert(front.breadcrumb.join(c.separator)));
  lines.push(c.convert(front.title.replace(" ", c.titleSpace)), c.convert(c.dateLine));
  blocks.forEach((block, index) => {
    let text = c.convert(block.text);
    const cuts = c.garbles[index];
    if (cuts) {
      for (const after of cuts) text = dropGbkByte(text, text.indexOf(after) + after.length);
    } else if (!block.heading) {
      text = insertPinyin(text, 9, c.tones);
    }
    lines.push(flattenPunctuation(text), index === 1 ? c.titleSpace : "");
  });
  if (front.reprintedFrom) lines.push(flattenPunctuation(c.convert(c.reprint(front.reprintedFrom))));
  lines.push(c.convert(c.trailer));
  const raw = (c.bom ? "\uFEFF" : "") + lines.join(c.newline);
  return encode(raw, c.encoding);
}

const cases: [string, Case][] = [
  [
    "unseen-hans.expected.md",
    {
      name: "Simplified, UTF-8 with BOM and CRLF, toneless pinyin",
      separator: " › ",
      dateLine: "2023-03-15 10:30  来源：杭州市国家保密局  作者：李明  【字体：大 中 小】【打印】",
      reprint: (r) => `（来源：${r}）`,
      convert: (t) => t,
      garbles: {},
      tones: "none",
      encoding: "utf-8",
      newline: "\r\n",
      bom: true,
      trailer: "【关闭窗口】",
      titleSpace: "\u00a0",
    },
  ],
  [
    "unseen-naive.expected.md",
    {
      name: "naive Traditional, saved as GBK, with lost-byte garbles",
      separator: ">>",
      dateLine: "2022/5/9 08:30    來源:济南市委保密办【字體: 打印",
      reprint: (r) => `（转载自${r}）`,
      convert: naiveTraditional,
      garbles: { 3: ["關鍵"], 4: ["人次", "規范"] },
      tones: "symbol",
      encoding: "gbk",
      newline: "\n",
      bom: false,
      trailer: "分享到：",
      titleSpace: "\u3000", // GBK has no U+00A0
    },
  ],
  [
    "unseen-hant.expected.md",
    {
      name: "genuine Traditional, saved as Big5",
      separator: " > ",
      dateLine: "2021.12.06\u3000出處：臺中市政府新聞局",
      reprint: (r) => `（轉載自${r}）`,
      convert: (t) => t,
      garbles: {},
      tones: "none", // Big5 has no tone marks
      encoding: "big5",
      newline: "\n",
      bom: false,
      trailer: "【列印】【關閉視窗】",
      titleSpace: "\u3000",
    },
  ],
];

describe("unseen articles", () => {
  for (const [file, c] of cases) {
    it(`recovers ${c.name}`, () => {
      const expected = fixture(file);
      const raw = makeRaw(expected, c);
      const result = importRaw(raw, file);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      // A full-width space the page printed in its headline is the writer's and stays; a no-break space is a copy artefact.
      const written = c.titleSpace === "\u3000" ? expected.replace(/^(title: \S+) /mu, "$1\u3000") : expected;
      expect(result.markdown).toBe(written);
      // the only guesses are the garble repairs the case put in
      const garbles = Object.values(c.garbles).flat().length;
      const attention = attentionOf(result.file);
      expect(attention.filter((item) => !/garbled span|quotation left open/u.test(item.reason))).toEqual([]);
      expect(attention.filter((item) => /garbled span|quotation left open/u.test(item.reason))).toHaveLength(garbles);
    });
  }
});
