/** Lines dropped for where they stand (page header or footer), not for what they say, may be article text. */
import type { RuleMeta } from "../../article/rules/define.ts";
import type { VFile } from "vfile";
import { attend } from "../messages.ts";
import type { Listed } from "../report.ts";

export const DROPPED_TEXT: RuleMeta = {
  id: "dropped-text",
  doc: "Points out dropped header or footer lines that read like article text, and chrome dropped on unclear evidence.",
  emits: ["import-dropped-text"],
};

const LOOKS_LIKE_TEXT = /[，。；]/u;

function readsLikeText(line: Listed): boolean {
  return (
    line.unsure === true ||
    ((line.reason === "page header" || line.reason === "page footer") &&
      line.text.length >= 30 &&
      LOOKS_LIKE_TEXT.test(line.text))
  );
}

/** Asks the editor to check each dropped header or footer line long enough and punctuated like text. */
export function checkDroppedText(file: VFile, dropped: readonly Listed[]): void {
  for (const line of dropped.filter(readsLikeText))
    attend(file, {
      line: line.line,
      column: 1,
      text: line.text,
      reason: line.unsure
        ? `dropped as page chrome on evidence that is not clear (${line.reason}): check it is no article text`
        : `dropped line reads like text (${line.reason}): check it is no article text`,
      ruleId: "import-dropped-text",
    });
}
