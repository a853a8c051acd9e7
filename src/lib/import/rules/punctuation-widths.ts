import { findHalfWidthPunctuation } from "../punctuation.ts";
import { eachLine, lineRule } from "./define.ts";

export const punctuationWidths = lineRule(
  { id: "punctuation-widths", doc: "Makes half-width punctuation in Chinese text full-width.", emits: [] },
  (state) => eachLine(state, (line) => findHalfWidthPunctuation(line.text)),
);
