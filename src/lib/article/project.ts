/**
 * An article's text in one edition: which texts of the front matter and body the edition converts
 * (the translated fields of ./fields.ts, then the section headings and body text), and the
 * edition's `ArticleText` built from them once converted, by field name.
 */
import type { Root as HastRoot } from "hast";
import { toString as hastText } from "hast-util-to-string";
import { CONTINUE, EXIT, SKIP, visit } from "unist-util-visit";
import { applyTexts, collectTexts } from "../script/hast.ts";
import type { EditionStyle } from "../script/types.ts";
import { TRANSLATED_LISTS, TRANSLATED_MAPS, TRANSLATED_TEXTS } from "./fields.ts";
import { toHtml } from "./markdown.ts";
import type { ArticleText, FrontMatter } from "./schema.ts";

const SUMMARY_LENGTH = 120;

/** The converted texts of the translated fields, by name (maps as `field.key`). */
type Converted = { readonly texts: ReadonlyMap<string, string>; readonly lists: ReadonlyMap<string, string[]> };

/** A list field's items as the edition shows them: `authors` falls back to the one `author`. */
function listItems(data: FrontMatter, name: string): readonly string[] {
  if (name === "authors") return data.authors ?? (data.author === undefined ? [] : [data.author]);
  const value = (data as Readonly<Record<string, unknown>>)[name];
  return Array.isArray(value) ? (value as string[]) : [];
}

/** The byline fields: person names, given to the converter as such (rules.ts bylineName). */
const BYLINE_FIELDS: ReadonlySet<string> = new Set(["author", "authors"]);

/**
 * The field texts to convert, in order: text fields, the translated keys of maps, then list items;
 * `byline` writes a byline's name as the converter should read it.
 */
function fieldTexts(
  data: FrontMatter,
  byline: (name: string) => string,
): { texts: string[]; read: (converted: readonly string[]) => Converted } {
  const record = data as Readonly<Record<string, unknown>>;
  const asWritten = (name: string, text: string) => (BYLINE_FIELDS.has(name) ? byline(text) : text);
  const names: string[] = [...TRANSLATED_TEXTS];
  const texts = TRANSLATED_TEXTS.map((name) => asWritten(name, String(record[name] ?? "")));
  for (const [field, keys] of TRANSLATED_MAPS) {
    const map = record[field] as Readonly<Record<string, unknown>> | undefined;
    for (const key of keys) {
      names.push(`${field}.${key}`);
      texts.push(String(map?.[key] ?? ""));
    }
  }
  const lists = TRANSLATED_LISTS.map(
    (name) => [name, listItems(data, name).map((item) => asWritten(name, item))] as const,
  );
  for (const [, items] of lists) texts.push(...items);
  const read = (converted: readonly string[]): Converted => {
    let next = names.length;
    return {
      texts: new Map(names.map((name, index) => [name, converted[index] ?? ""])),
      lists: new Map(
        lists.map(([name, items]) => {
          const out = converted.slice(next, next + items.length);
          next += items.length;
          return [name, out];
        }),
      ),
    };
  };
  return { texts, read };
}

/** The texts an edition needs converted, and how to build it from them once converted. */
export function planEdition(
  data: FrontMatter,
  sections: readonly { heading: string | null; hast: HastRoot }[],
  ids: readonly (string | null)[],
  target: EditionStyle,
  byline: (name: string) => string = (name) => name,
): { target: EditionStyle; texts: string[]; build: (converted: readonly string[]) => ArticleText } {
  const fields = fieldTexts(data, byline);
  const headings = sections.map((section) => section.heading ?? "");
  const trees = sections.map((section) => section.hast);
  const loose = [...fields.texts, ...headings];
  const build = (converted: readonly string[]): ArticleText => {
    const applied = applyTexts(trees, converted, loose.length);
    const { texts, lists } = fields.read(applied.texts);
    const text = (name: string) => texts.get(name) ?? "";
    const convertedHeadings = applied.texts.slice(fields.texts.length);
    const breadcrumb = lists.get("breadcrumb") ?? [];
    const section = data.category === undefined ? breadcrumb.at(-1) : text("category");
    const image = data.image;
    const title = text("title");
    return {
      title,
      source: text("source"),
      breadcrumb,
      ...(data.reprintedFrom === undefined ? {} : { reprintedFrom: text("reprintedFrom") }),
      ...(data.author === undefined ? {} : { author: text("author") }),
      authors: lists.get("authors") ?? [],
      tags: lists.get("tags") ?? [],
      ...(section === undefined ? {} : { category: section }),
      ...(image === undefined
        ? {}
        : {
            image: {
              alt: text("image.alt"),
              ...(image.caption === undefined ? {} : { caption: text("image.caption") }),
              ...(image.credit === undefined ? {} : { credit: text("image.credit") }),
            },
          }),
      // With no text to quote (an article of images only), the title stands in as summary.
      summary: data.summary === undefined ? summarize(applied.trees) || title : text("summary"),
      sections: sections.map((section, index) => ({
        id: ids[index] ?? null,
        heading: section.heading === null ? null : (convertedHeadings[index] ?? ""),
        html: toHtml(applied.trees[index] ?? { type: "root", children: [] }),
      })),
    };
  };
  return { target, texts: collectTexts(trees, loose), build };
}

/** The first paragraph, else (an article of only lists, quotes or code) the first text at all. */
function summarize(sections: readonly HastRoot[]): string {
  const clean = (node: HastRoot | HastRoot["children"][number]) => hastText(node).replace(/\s+/g, " ").trim();
  let found: string | undefined;
  for (const section of sections) {
    visit(section, "element", (node) => {
      if (node.tagName !== "p") return CONTINUE;
      const text = clean(node);
      if (text === "") return SKIP;
      found = text;
      return EXIT;
    });
    if (found !== undefined) break;
  }
  found ??= sections.map(clean).find((text) => text !== "") ?? "";
  const characters = [...found];
  return characters.length <= SUMMARY_LENGTH ? found : `${characters.slice(0, SUMMARY_LENGTH).join("")}…`;
}
