/**
 * pinyin-pro with the words its dictionary reads wrong (data/pinyin/readings.json: 央行 yāng háng,
 * 排行榜 pái háng bǎng…): every slug made from pinyin (sections, tags, authors, imported files'
 * names) reads them the same way. pinyin-pro keeps dictionaries globally: added once per process.
 */
import { addDict, pinyin } from "pinyin-pro";
import readings from "../../data/pinyin/readings.json" with { type: "json" };

let added = false;

/** Toneless syllables of `text`, word by word (`ü` as `v`, other characters kept in runs). */
export function syllables(text: string): string[] {
  if (!added) {
    addDict(readings, { name: "newsprint", dict1: "add" });
    added = true;
  }
  return pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive", v: true });
}

/**
 * Readable ASCII slug of a name, read word by word: 保密工作动态 → bao-mi-gong-zuo-dong-tai,
 * 央行 → yang-hang; "" when nothing readable is left. Pass the Simplified spelling where there is
 * one: the word dictionaries are Simplified (銀行 alone reads yin-xing, 银行 yin-hang).
 */
export function pinyinSlug(name: string): string {
  return syllables(name)
    .join("-")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
