import { findLostCharacters, LOST_CHAR_MARKER, type LostChar } from "../lostchar.ts";
import { eachLine, lineRule } from "./define.ts";

function reasonFor(lost: LostChar): string {
  if (lost.bare === "question")
    return "bare ? between Chinese characters, read as a question mark ？: check that no character was lost here";
  if (lost.bare === "lost")
    return `bare ? between Chinese characters: a lost character, left as ${LOST_CHAR_MARKER}; fill it in from the original`;
  return lost.confident
    ? `lost character restored as ${lost.edit.replacement} (other candidates: ${lost.candidates.slice(1).join(" ") || "none"})`
    : `lost character left as ${LOST_CHAR_MARKER}; candidates: ${lost.candidates.join(" ") || "none"}`;
}

export const lostCharacters = lineRule(
  {
    id: "lost-characters",
    doc: "Restores characters lost between encodings from their candidates, or marks them 〓.",
    emits: ["import-lost-character"],
  },
  (state) =>
    eachLine(state, (line) => {
      const codePages = state.codePages.size > 0 ? [...state.codePages] : (["gbk", "big5"] as const);
      const lost = findLostCharacters(line.text, codePages);
      for (const item of lost)
        state.attend(line, item.edit.start, {
          text: line.text.slice(item.edit.start, item.edit.end),
          written: item.edit.replacement,
          reason: reasonFor(item),
          ruleId: "import-lost-character",
        });
      return lost.map((item) => item.edit);
    }),
);
