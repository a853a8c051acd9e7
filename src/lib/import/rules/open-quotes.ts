import { findOpenQuoteEnd } from "../garble.ts";
import { eachLine, lineRule } from "./define.ts";

export const openQuotes = lineRule(
  {
    id: "open-quotes",
    doc: "Reads a stray ! ending an open quotation as a lost 。”.",
    emits: ["import-open-quote"],
  },
  (state) => {
    const before = state.lines;
    eachLine(state, (line, index) => {
      const edit = findOpenQuoteEnd(line.text, before[index + 1]?.text);
      if (!edit) return [];
      state.attend(line, edit.start, {
        text: line.text.slice(edit.start, edit.end),
        written: edit.replacement,
        reason: "a quotation left open ends in a stray !: read as a lost 。” (a byte lost between encodings)",
        ruleId: "import-open-quote",
      });
      return [edit];
    });
  },
);
