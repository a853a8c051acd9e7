import { parseArticle, type ParseOptions } from "../../src/lib/article/parse.ts";
import { getConverter, sourceLanguage } from "../../src/lib/script/converter.ts";
import type { EditionStyle, Script, TextLanguage } from "../../src/lib/script/types.ts";
import { siteConfig } from "./site-config.ts";

export const converter = getConverter(siteConfig.conversion);

/** The default site's editions: the Simplified and the Traditional one. */
export const HANS = "zh-hans";
export const HANT = "zh-hant";

function editionOf(script: Script): EditionStyle {
  const edition = siteConfig.conversion.editions.find((candidate) => candidate.script === script);
  if (edition === undefined) throw new Error(`The site has no ${script} edition.`);
  return edition;
}

/** What text written in a script is, for the default site. */
export function languageOf(script: Script): TextLanguage {
  return sourceLanguage(script, siteConfig.conversion);
}

/** Converts text written in one script into the default site's edition in another, as the build does. */
export function convertText(text: string, from: Script, to: Script): string {
  return converter.convert(text, languageOf(from), editionOf(to));
}

/** Parses Markdown as the build does, with the site's conversion settings. */
export function parse(markdown: string, options: Partial<ParseOptions> = {}) {
  return parseArticle(markdown, { file: "content/test.md", defaultSlug: "test", converter, ...options });
}

/** A valid article with the given body (and optional extra front matter lines). */
export function article(body: string, frontMatter = ""): string {
  return `---\ntitle: 测试标题\ndate: 2024-03-05\nsource: 新华社\n${frontMatter}---\n\n${body}\n`;
}

/** Visible text of an HTML fragment (tags removed, entities decoded for the few we emit). */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&#x3C;/g, "<")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"');
}

/** File name of the seed article in content/ (the importer's output for ../shared/seed). */
export const SEED_FILE = "2021-12-06-qing-dao-bao-mi-pei-xun-kuai-su.md";
export const SEED_SLUG = SEED_FILE.replace(/\.md$/, "");
