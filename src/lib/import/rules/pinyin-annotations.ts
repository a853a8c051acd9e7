import { findPinyinAnnotations } from "../pinyin.ts";
import { eachLine, lineRule } from "./define.ts";

export const pinyinAnnotations = lineRule(
  { id: "pinyin-annotations", doc: "Removes pinyin readings printed after characters.", emits: [] },
  (state) => eachLine(state, (line) => findPinyinAnnotations(line.text)),
);
