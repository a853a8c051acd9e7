/** Each item for the editor placed in the written article: its line there and the text around it as written. */
import { attentionOf, rawPlace, sortByPlace } from "../messages.ts";
import type { Block } from "../structure.ts";
import type { TrackedText } from "../tracked.ts";
import { columnIn, type ImportRun } from "./run.ts";

export type WrittenArticle = {
  /** The repaired lines, each character with its raw column. */
  readonly lines: readonly TrackedText[];
  readonly blocks: readonly Block[];
  /** The Markdown line of each block. */
  readonly blockLines: readonly number[];
  /** Text into the stored script. */
  readonly finish: (text: string) => string;
};

/** The article line of each raw line that starts a block. */
function articleLines(article: WrittenArticle): Map<number, number> {
  const lineOfBlock = new Map<number, number>();
  article.blocks.forEach((block, index) => {
    const at = article.blockLines[index];
    if (at !== undefined && !lineOfBlock.has(block.line)) lineOfBlock.set(block.line, at);
  });
  return lineOfBlock;
}

/** About 12 characters either side of a raw column, as written. */
function contextAt(run: ImportRun, article: WrittenArticle, line: TrackedText, column: number): string {
  const offset = line.origins.findIndex((origin) => columnIn(run, line.line, origin) >= column);
  const at = offset < 0 ? line.text.length : offset;
  return article.finish(line.text.slice(Math.max(0, at - 12), at + 14));
}

/** Places every item for the editor in the written article, then sorts the messages in raw input order. */
export function placeInArticle(run: ImportRun, article: WrittenArticle): void {
  const finalText = new Map(article.lines.map((line) => [line.line, line]));
  const lineOfBlock = articleLines(article);
  for (const item of attentionOf(run.file)) {
    const { line: rawLine, column } = rawPlace(item);
    const articleLine = lineOfBlock.get(rawLine);
    if (articleLine !== undefined) item.data.articleLine ??= articleLine;
    const line = finalText.get(rawLine);
    if (line && column > 0) item.data.context ??= contextAt(run, article, line, column);
  }
  sortByPlace(run.file);
}
