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
