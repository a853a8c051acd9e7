import { findGarbles } from "../garble.ts";
import { eachLine, lineRule } from "./define.ts";

export const garbledSpans = lineRule(
  {
    id: "garbled-spans",
    doc: "Repairs spans garbled by a byte lost between encodings, each a guess to check.",
    emits: ["import-garbled-span"],
  },
  (state) =>
    eachLine(state, (line) => {
      const garbles = findGarbles(line.text);
      for (const garble of garbles) {
        state.codePages.add(garble.page);
        state.attend(line, garble.edit.start, {
          text: line.text.slice(garble.edit.start, garble.edit.end),
          written: garble.edit.replacement,
          reason: "garbled span (a byte lost between encodings) repaired by a guess: check against the original",
          ruleId: "import-garbled-span",
        });
      }
      return garbles.map((garble) => garble.edit);
    }),
);
