/**
 * Script-conversion cost alone, in-process, with the project's own converter and settings: every
 * prose unit (front-matter values, headings, paragraphs) is converted as the build does, to the
 * other script through opencc (plus overrides and markup) and to its own script (markup only).
 */
import { getScriptConverter } from "../../src/lib/script/converter.ts";
import type { Script } from "../../src/lib/script/types.ts";
import { siteConfig } from "../../src/site.config.ts";
import type { CorpusArticle } from "./corpus.ts";

export type ConversionCost = {
  /** Building both opencc dictionaries (done once per build, lazily). */
  readonly setupMs: number;
  /** Converting all prose of the corpus, both editions. */
  readonly convertMs: number;
  readonly characters: number;
};

/** Prose units of an article, roughly the text nodes the build converts. */
function proseUnits(text: string): string[] {
  const end = text.indexOf("\n---\n", 4);
  const front = text
    .slice(4, end)
    .split("\n")
    .flatMap((line) => {
      const match = /^(?:title|source|reprintedFrom|author|summary):\s*(.+)$|^\s+-\s+(.+)$/.exec(line);
      return match === null ? [] : [match[1] ?? match[2] ?? ""];
    });
  const body = text
    .slice(end + 5)
    .split(/\n{2,}/)
    .map((block) => block.replace(/^##\s+|^>\s+/, "").trim())
    .filter((block) => block !== "");
  return [...front, ...body];
}

export function measureConversion(articles: readonly CorpusArticle[]): ConversionCost {
  const setupStart = performance.now();
  const converter = getScriptConverter(siteConfig.conversion);
  converter.convertText("发展", "hans", "hant");
  converter.convertText("發展", "hant", "hans");
  const setupMs = performance.now() - setupStart;

  const units = articles.map((article) => ({ script: article.script, units: proseUnits(article.text) }));
  let characters = 0;
  let sink = 0;
  const start = performance.now();
  for (const { script, units: texts } of units) {
    const other: Script = script === "hans" ? "hant" : "hans";
    for (const text of texts) {
      sink += converter.convertMarked(text, script, other).length;
      sink += converter.convertMarked(text, script, script).length;
      characters += text.length;
    }
  }
  const convertMs = performance.now() - start;
  if (sink < 0) console.log(sink);
  return { setupMs, convertMs, characters };
}
