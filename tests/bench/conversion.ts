/**
 * Script-conversion cost alone, in-process, with the project's own converter and settings: every
 * prose unit (front-matter values, headings, paragraphs) is converted as the build does, into
 * every edition of the site.
 */
import { parseArticles } from "../../src/lib/article/parse.ts";
import { BATCH_SIZE } from "../../src/lib/build/parse-pool.ts";
import { getConverter, sourceLanguage, type Converter } from "../../src/lib/script/converter.ts";
import type { Script, TextLanguage } from "../../src/lib/script/types.ts";
import { siteConfig } from "../support/site-config.ts";
import type { CorpusArticle } from "./corpus.ts";

export type ConversionCost = {
  /** Building the converters of every edition (done once per build, lazily). */
  readonly setupMs: number;
  /** Converting all prose of the corpus, every edition. */
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
  const converter = getConverter(siteConfig.conversion);
  const editions = siteConfig.conversion.editions;
  const language = (script: Script): TextLanguage => sourceLanguage(script, siteConfig.conversion);
  for (const edition of editions) {
    converter.convert("发展", language("hans"), edition);
    converter.convert("發展", language("hant"), edition);
  }
  const setupMs = performance.now() - setupStart;

  const units = articles.map((article) => ({ script: article.script, units: proseUnits(article.text) }));
  let characters = 0;
  let sink = 0;
  const start = performance.now();
  for (const { script, units: texts } of units) {
    for (const edition of editions) sink += converter.convertMany(texts, language(script), edition).length;
    characters += texts.reduce((sum, text) => sum + text.length, 0);
  }
  const convertMs = performance.now() - start;
  if (sink < 0) console.log(sink);
  return { setupMs, convertMs, characters };
}

export type ParserConversionCost = {
  /** Articles parsed (a sample of the corpus). */
  readonly sample: number;
  /** parseArticle with the real converter, per article. */
  readonly withMs: number;
  /** parseArticle with a converter that only resolves markup (no opencc), per article. */
  readonly withoutMs: number;
};

/**
 * Conversion as the build really does it: the project's parser (`parseArticles`, in batches the
 * size the build's workers take) over a sample of the corpus, once with the real converter and
 * once with one that converts nothing; the difference per article is the conversion cost inside
 * the loader.
 */
export function measureParserConversion(articles: readonly CorpusArticle[], limit = 400): ParserConversionCost {
  const real = getConverter(siteConfig.conversion);
  // Converts nothing: every text stays as written (markup is left in, which costs nothing to parse).
  const none: Converter = {
    settings: real.settings,
    convert: (text) => text,
    convertMany: (texts) => [...texts],
  };
  const sample = articles.slice(0, limit);
  const time = (converter: Converter): number => {
    const start = performance.now();
    for (let first = 0; first < sample.length; first += BATCH_SIZE) {
      parseArticles(
        sample.slice(first, first + BATCH_SIZE).map((article) => ({
          source: article.text,
          options: { file: article.file, defaultSlug: article.slug, converter, base: "/", assetExists: () => true },
        })),
      );
    }
    return (performance.now() - start) / sample.length;
  };
  time(real); // warm-up: JIT and both dictionaries
  time(none);
  const withMs = Math.min(time(real), time(real));
  const withoutMs = Math.min(time(none), time(none));
  return { sample: sample.length, withMs, withoutMs };
}
