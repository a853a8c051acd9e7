import { LOST_CHAR_MARKER } from "../lostchar.ts";
import type { Edit } from "../tracked.ts";
import { eachLine, lineRule } from "./define.ts";

export const unreadableCharacters = lineRule(
  {
    id: "unreadable-characters",
    doc: "Marks unreadable bytes no rule could repair as 〓, never a silent U+FFFD.",
    emits: ["import-unreadable-character"],
  },
  (state) =>
    eachLine(state, (line) => {
      const edits: Edit[] = [...line.text.matchAll(/\uFFFD+/gu)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        replacement: LOST_CHAR_MARKER,
        rule: "unreadable-character",
      }));
      for (const edit of edits)
        state.attend(line, edit.start, {
          text: line.text.slice(edit.start, edit.end),
          written: LOST_CHAR_MARKER,
          reason: `unreadable bytes (lost in a wrong encoding), left as ${LOST_CHAR_MARKER}: fill in from the original`,
          ruleId: "import-unreadable-character",
        });
      return edits;
    }),
);
