/**
 * The engine's word boundaries are cut clause by clause, on demand (src/lib/script/segment.ts).
 * Once every clause is cut they must be exactly jieba's boundaries for the whole text, whatever
 * the punctuation, whitespace, ASCII, fullwidth or supplementary characters between the words.
 */
import { readFileSync } from "node:fs";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordBoundaries } from "../../../src/lib/script/segment.ts";

const EXTRA = readFileSync(new URL("../../../data/conversion/segmentation-words.txt", import.meta.url));
const jieba = Jieba.withDict(Buffer.concat([dict, Buffer.from("\n"), EXTRA]));
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
