import { lineRule } from "./define.ts";

const LATIN_IN_HAN = /\p{Script=Han}[A-Za-z](?=\p{Script=Han})/gu;

export const looksGarbled = lineRule(
  {
    id: "looks-garbled",
    doc: "Points out a Latin letter between Chinese characters, which no rule repairs.",
    emits: ["import-looks-garbled"],
  },
  (state) => {
    for (const line of state.lines)
      for (const match of line.text.matchAll(LATIN_IN_HAN))
        state.attend(line, match.index, {
          text: match[0],
          reason: "looks garbled (a Latin letter or an unreadable character inside Chinese text)",
          ruleId: "import-looks-garbled",
        });
  },
);
