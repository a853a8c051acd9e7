/**
 * The engine's word boundaries are cut clause by clause, on demand (src/lib/script/segment.ts).
 * Once every clause is cut they must be exactly jieba's boundaries for the whole text, whatever
 * the punctuation, whitespace, ASCII, fullwidth or supplementary characters between the words.
 */
import { readFileSync } from "node:fs";
import { Jieba } from "@node-rs/jieba";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getConverter } from "../../../src/lib/script/converter.ts";
import { segmentationDictionary, wordBoundaries } from "../../../src/lib/script/segment.ts";
import { hantEdition, SIMPLIFIED } from "./support.ts";

const jieba = Jieba.withDict(segmentationDictionary());
const SEED = readFileSync(new URL("../../fixtures/import/seed/000_2b9798e12da55471.txt", import.meta.url), "utf8");

/** Word starts of the whole text cut at once, as jieba gives them. */
function wholeText(text: string): number[] {
  const starts = [0];
  let offset = 0;
  for (const word of jieba.cut(text, false)) starts.push((offset += word.length));
  return [...new Set(starts)];
}

function lazilyCut(text: string): number[] {
  const words = wordBoundaries(text, "hans");
  words.ensure(0, text.length);
  return [...words.bounds.keys()].filter((at) => words.bounds[at] === 1);
}

const PIECES = [
  ..."年头发生外头奖金发放他们干得很好这一只只是普通的猫人工智能软件头发皇后面条范围系统网络计算机青岛保密局宣传教育",
  ..."，。、；：！？「」『』（）《》〈〉【】“”‘’—…·〇々",
  ..."abcXYZ019+#&._%-/!?()[]@ ~",
  "\r\n",
  "\n",
  "\t",
  "  ",
  "\u3000",
  "０１２",
  "ＡＢＣ",
  "😀",
  "𠀀",
  "\uE000",
  "2021年12月6日",
  "COVID-19",
  "5.6%",
];

describe("word boundaries cut clause by clause", () => {
  it("equal jieba's boundaries for the whole seed article", () => {
    expect(lazilyCut(SEED)).toEqual(wholeText(SEED));
  });

  it("equal jieba's boundaries for the whole text, whatever lies between the words", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (pieces) => {
        const text = pieces.join("");
        expect(lazilyCut(text)).toEqual(wholeText(text));
      }),
      { numRuns: 300 },
    );
  });

  it("cuts only the clauses asked about", () => {
    const words = wordBoundaries("年头发生了变化。外头奖金发放完毕。", "hans");
    words.ensure(1, 3);
    // The first clause is cut (年头|发生), the second not yet (no boundary inside it).
    expect([...words.bounds.slice(0, 8)]).toEqual([1, 0, 1, 0, 1, 1, 0, 1]);
    expect([...words.bounds.slice(9, 16)]).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("CC-CEDICT's proper nouns (data/conversion/segmentation-names.txt)", () => {
  const cut = (text: string) => jieba.cut(text, false);
  const taiwan = (text: string) =>
    getConverter({ editions: [], overrides: [], groups: [] }).convert(text, SIMPLIFIED, hantEdition("tw"));

  it("keep a place name whole where its pieces make another word with a neighbour", () => {
    // jieba alone cut 湖|南岳|阳, and opencc's 南岳 (the mountain, 南嶽) read the city 嶽陽.
    expect(cut("湖南岳阳今年旅游收入创新高")).toContain("岳阳");
    expect(taiwan("湖南岳阳今年旅游收入创新高")).toBe("湖南岳陽今年旅遊收入創新高");
    expect(taiwan("胡正，湖南岳阳人，现居长沙")).toBe("胡正，湖南岳陽人，現居長沙");
    expect(taiwan("岳阳新建的理工学院开学")).toBe("岳陽新建的理工學院開學");
    // The mountain itself stays 南嶽.
    expect(taiwan("湖南南岳衡山迎来旅游旺季")).toBe("湖南南嶽衡山迎來旅遊旺季");
  });

  it("lets a corrected phrase decide the name once it is one word", () => {
    // STPhrases has 阿赫蒂薩裏; newsprint's phrase (rime/brise) reads the transliteration 里.
    expect(taiwan("芬兰前总统阿赫蒂萨里获得了诺贝尔和平奖")).toBe("芬蘭前總統阿赫蒂薩里獲得了諾貝爾和平獎");
  });

  it("lists each word once, in jieba's `word frequency tag` form", () => {
    const lines = readFileSync(new URL("../../../data/conversion/segmentation-names.txt", import.meta.url), "utf8")
      .split("\n")
      .filter(Boolean);
    expect(lines.length).toBeGreaterThan(2000);
    for (const line of lines) expect(line).toMatch(/^\p{Script=Han}{2,6} \d+ (ns|nr|nz)$/u);
    expect(new Set(lines.map((line) => line.split(" ")[0])).size).toBe(lines.length);
  });
});
