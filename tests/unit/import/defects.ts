/**
 * Makes raw "copied from the web" text out of a clean article by applying the
 * defect classes seen in the seed, programmatically.
 */
import iconv from "iconv-lite";
import { pinyin } from "pinyin-pro";
import * as OpenCC from "opencc-js";
import { parse } from "yaml";

export type Clean = {
  front: Record<string, unknown> & { title: string; breadcrumb?: string[]; reprintedFrom?: string };
  blocks: { heading: boolean; text: string }[];
};

export function parseExpected(markdown: string): Clean {
  const [, yaml = "", body = ""] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(markdown) ?? [];
  const front = parse(yaml) as Clean["front"];
  const blocks = body
    .trim()
    .split("\n\n")
    .map((b) => (b.startsWith("## ") ? { heading: true, text: b.slice(3) } : { heading: false, text: b }));
  return { front, blocks };
}

/** Inserts the pinyin of every `every`-th Han character after it, like `網(wǎng)`. */
export function insertPinyin(text: string, every: number, toneType: "symbol" | "none" = "symbol"): string {
  let n = 0;
  return [...text]
    .map((c) => {
      if (!/\p{Script=Han}/u.test(c) || ++n % every !== 0) return c;
      return `${c}(${pinyin(c, { toneType })})`;
    })
    .join("");
}

export function flattenPunctuation(text: string): string {
  const map: Record<string, string> = { "，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")" };
  return text.replace(/[，：；！？（）]/g, (c) => map[c] ?? c);
}

/** Drops the first GBK byte of the character at `index` and decodes the rest as GBK. */
export function dropGbkByte(text: string, index: number): string {
  const before = iconv.encode(text.slice(0, index), "gbk");
  const after = iconv.encode(text.slice(index), "gbk");
  const bytes = Buffer.concat([before, after.subarray(1)]);
  return new TextDecoder("gb18030").decode(bytes).replace(/\uFFFD$/, "");
}

const cnToTw = OpenCC.Converter({ from: "cn", to: "tw" });
/** Characters a naive converter leaves alone (one-to-many) or lacks. */
const UNCONVERTED = new Set([..."干范后里并志致余周台面发制"]);

/** A character-by-character Simplified → Traditional converter, as a careless tool does it. */
export function naiveTraditional(text: string): string {
  return [...text].map((c) => (UNCONVERTED.has(c) ? c : cnToTw(c))).join("");
}

export function encode(text: string, encoding: "gbk" | "big5" | "utf-8"): Uint8Array {
  return encoding === "utf-8" ? Buffer.from(text, "utf8") : iconv.encode(text, encoding);
}
