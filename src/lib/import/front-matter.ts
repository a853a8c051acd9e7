/**
 * The importer's front matter, derived from the article's one list of fields
 * (src/lib/article/fields.ts): which fields it writes, in the order written, their value shape
 * (a list field holds a list, `script` a Script) and which are text to finish in the stored
 * script (the fields translated into each edition).
 */
import { ARTICLE_FIELDS, type FieldName, type FieldSpec } from "../article/fields.ts";
import type { Script } from "../script/types.ts";

/** The fields an import can find, in the order it writes them. */
export const IMPORTED_FIELDS = [
  "title",
  "date",
  "source",
  "author",
  "authors",
  "breadcrumb",
  "reprintedFrom",
  "summary",
  "originalUrl",
  "slug",
  "script",
] as const satisfies readonly FieldName[];

export type ImportedField = (typeof IMPORTED_FIELDS)[number];
type Fields = typeof ARTICLE_FIELDS;
type ValueOf<K extends ImportedField> = K extends "script"
  ? Script
  : Fields[K]["kind"] extends "list"
    ? string[]
    : string;
type AlwaysWritten =
  { [K in ImportedField]: Fields[K] extends { required: true } ? K : never }[ImportedField] | "script";

export type FrontMatter = { [K in AlwaysWritten]: ValueOf<K> } & {
  [K in Exclude<ImportedField, AlwaysWritten>]?: ValueOf<K>;
};

/** What the importer found for each field (options already applied), before the script's finish. */
export type FoundFields = { [K in ImportedField]?: ValueOf<K> | undefined } & Pick<
  FrontMatter,
  "title" | "source" | "script"
>;

function isTranslated(name: ImportedField): boolean {
  const field: FieldSpec = ARTICLE_FIELDS[name];
  return field.translated === true;
}

/** Written even when empty (the build then names what is wrong), as the article's required fields and `script`. */
function isAlwaysWritten(name: ImportedField): boolean {
  const field: FieldSpec = ARTICLE_FIELDS[name];
  return field.required === true || name === "script";
}

/** The value as written: left out when empty, unless the field is always written. */
export function writtenValue<K extends ImportedField>(name: K, value: ValueOf<K> | undefined): ValueOf<K> | undefined {
  if (value === undefined) return undefined;
  const empty = value === "" || (Array.isArray(value) && value.length === 0);
  return empty && !isAlwaysWritten(name) ? undefined : value;
}

/** Front matter from the found fields; `finish` turns translated text into the stored script (naive → Simplified). */
export function assembleFrontMatter(found: FoundFields, finish: (text: string) => string): FrontMatter {
  const front: Record<string, unknown> = {};
  for (const name of IMPORTED_FIELDS) {
    const value = writtenValue(name, found[name]);
    if (value === undefined) continue;
    if (!isTranslated(name)) front[name] = value;
    else front[name] = Array.isArray(value) ? value.map(finish) : finish(value);
  }
  return front as FrontMatter;
}
