/**
 * The article's front matter fields, in one list: each field's value schema, how YAML holds it,
 * whether its text is converted into each edition, and where readers see it. The front matter
 * schema, the keys the reader knows, the check of `-{…}-` markup in front matter and the texts each
 * edition converts are all derived from it (the importer can derive its front matter from it too).
 *
 * Adding a field is one entry here, then its display (a component, and `ArticleText` in
 * ./schema.ts and ./project.ts if it is translated).
 */
import { z } from "astro/zod";
import { validateGroups, validateRule } from "../script/rules.ts";
import { dateInput, list, slug, slugIssue, text, timeZone, yesNo } from "./values.ts";

/** How YAML holds the value: the reader checks each kind (a `date` may be a YAML date, a `list` a sequence…). */
export type FieldKind = "text" | "date" | "list" | "boolean" | "map" | "other";

/** Where readers see a field. */
export type FieldShown =
  "article" | "listings" | "feeds" | "metadata" | "photo" | "address" | "taxonomy" | "build only";

export type FieldSpec = {
  readonly schema: z.ZodType;
  readonly required?: true;
  readonly kind: FieldKind;
  /**
   * Converted into each edition: `true` for a text or list, or the keys of a map that are (the
   * lead photo's alt, caption and credit). Absent: the same in every edition.
   */
  readonly translated?: true | readonly string[];
  readonly shown: readonly FieldShown[];
  /** One line: what the field holds. */
  readonly doc: string;
};

const must = "must be text: write it on the same line as the key, in quotes if it starts with a special character.";

export const ARTICLE_FIELDS = {
  title: {
    schema: z.string(must).trim().min(1, "is empty: write the headline."),
    required: true,
    kind: "text",
    translated: true,
    shown: ["article", "listings", "feeds", "metadata"],
    doc: "The headline.",
  },
  date: {
    schema: dateInput,
    required: true,
    kind: "date",
    shown: ["article", "listings", "feeds", "metadata"],
    doc: "Publication: a day (2024-05-12), a local time (2024-05-12 08:31) or ISO 8601 with an offset.",
  },
  updated: {
    schema: dateInput,
    kind: "date",
    shown: ["article", "metadata"],
    doc: "When the article was last changed, in the same forms as `date`.",
  },
  timeZone: {
    schema: timeZone,
    kind: "text",
    shown: ["build only"],
    doc: "Time zone of dates written without an offset (default: the site's `timeZone`).",
  },
  source: {
    schema: z.string(must).trim().min(1, "is empty: name who published the article."),
    required: true,
    kind: "text",
    translated: true,
    shown: ["article", "metadata"],
    doc: "Who published the article.",
  },
  breadcrumb: {
    schema: z.array(text, "must be a list: one `  - level` line per level, from the top."),
    kind: "list",
    translated: true,
    shown: ["article", "taxonomy"],
    doc: "The source site's sections, from the top; the last names the section unless `category` does.",
  },
  reprintedFrom: {
    schema: text,
    kind: "text",
    translated: true,
    shown: ["article", "feeds"],
    doc: "The publication the article is reprinted from.",
  },
  author: {
    schema: text,
    kind: "text",
    translated: true,
    shown: ["article", "listings", "metadata", "taxonomy"],
    doc: "One author (`authors` for several).",
  },
  authors: {
    schema: list("name"),
    kind: "list",
    translated: true,
    shown: ["article", "listings", "metadata", "taxonomy"],
    doc: "Several authors, each with a page.",
  },
  tags: {
    schema: list("tag"),
    kind: "list",
    translated: true,
    shown: ["article", "taxonomy"],
    doc: "Tags, each with a page.",
  },
  category: {
    schema: text,
    kind: "text",
    translated: true,
    shown: ["article", "listings", "taxonomy"],
    doc: "The article's section (default: the breadcrumb's last level).",
  },
  featured: { schema: yesNo, kind: "boolean", shown: ["listings"], doc: "The top story of the front page." },
  draft: {
    schema: yesNo,
    kind: "boolean",
    shown: ["build only"],
    doc: "Built by `npm run dev`, never by `npm run build`.",
  },
  image: {
    schema: z.strictObject(
      {
        src: text,
        alt: z
          .string("must be text: describe the photo for readers who cannot see it.")
          .trim()
          .min(1, "is empty: describe the photo for readers who cannot see it."),
        caption: text.optional(),
        credit: text.optional(),
      },
      "must hold `src:` and `alt:` lines (and optionally `caption:` and `credit:`), indented under `image:`.",
    ),
    kind: "map",
    translated: ["alt", "caption", "credit"],
    shown: ["photo", "listings", "feeds", "metadata"],
    doc: "The lead photo: `src`, `alt`, and optionally `caption` and `credit`.",
  },
  summary: {
    schema: text,
    kind: "text",
    translated: true,
    shown: ["listings", "feeds", "metadata"],
    doc: "The summary (default: the first paragraph).",
  },
  originalUrl: {
    schema: z.url({
      protocol: /^https?$/,
      message: "must be a web address: write it in full, starting with https:// or http://.",
    }),
    kind: "text",
    shown: ["article"],
    doc: "Where the article was first published.",
  },
  slug: {
    schema: slug.superRefine((value, context) => {
      const issue = slugIssue(value);
      if (issue !== undefined) context.addIssue({ code: "custom", message: `${issue}: choose another slug.` });
    }),
    kind: "text",
    shown: ["address"],
    doc: "The page's name in its address (default: the file name).",
  },
  script: {
    schema: z.enum(
      ["hans", "hant"],
      "must be hans (Simplified) or hant (Traditional): write one of the two, or remove the line to detect it.",
    ),
    kind: "text",
    shown: ["build only"],
    doc: "The script the article is written in (default: detected).",
  },
  conversion: {
    schema: z.strictObject(
      {
        rules: z
          .array(
            z.record(z.string(), z.string().min(1)).superRefine((rule, context) => {
              for (const message of validateRule(rule)) context.addIssue({ code: "custom", message });
            }),
            "must be a list of rules: one `- { zh-hans: 干部, zh-hant: 幹部 }` line per rule, indented under `rules:`.",
          )
          .default([]),
        groups: z
          .array(z.string(), "must be a list of rule group names, e.g. [people, places].")
          .superRefine((groups, context) => {
            for (const { message } of validateGroups(groups)) context.addIssue({ code: "custom", message });
          })
          .default([]),
      },
      "must hold `rules:` and/or `groups:` lines, indented under `conversion:`: see the README's conversion rules.",
    ),
    kind: "other",
    shown: ["build only"],
    doc: "Conversion rules for the whole article (like Wikipedia's -{H|…}-) and rule groups by name.",
  },
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof ARTICLE_FIELDS;
type Fields = typeof ARTICLE_FIELDS;

/** The front matter's zod shape: each field's schema, optional unless required. */
type Shape = {
  [K in FieldName]: Fields[K] extends { required: true } ? Fields[K]["schema"] : z.ZodOptional<Fields[K]["schema"]>;
};

function shape(): Shape {
  const entries = Object.entries(ARTICLE_FIELDS).map(([name, field]: [string, FieldSpec]) => [
    name,
    field.required ? field.schema : field.schema.optional(),
  ]);
  return Object.fromEntries(entries) as Shape;
}

/** Front matter as the editor writes it. */
export const frontMatterSchema = z.strictObject(shape());

/** Field names, in the order of the list. */
export const FIELD_NAMES = Object.keys(ARTICLE_FIELDS) as FieldName[];

const spec = (name: FieldName): FieldSpec => ARTICLE_FIELDS[name];

/** What YAML holds for each key that is not plain text. */
export const FIELD_KINDS: Readonly<Record<string, "date" | "list" | "boolean" | "map">> = Object.fromEntries(
  FIELD_NAMES.flatMap((name) => {
    const { kind } = spec(name);
    return kind === "date" || kind === "list" || kind === "boolean" || kind === "map" ? [[name, kind]] : [];
  }),
);

/** Text fields converted into each edition (one text each). */
export const TRANSLATED_TEXTS = FIELD_NAMES.filter(
  (name) => spec(name).translated === true && spec(name).kind === "text",
) as readonly FieldName[];

/** List fields converted into each edition (one text per item). */
export const TRANSLATED_LISTS = FIELD_NAMES.filter(
  (name) => spec(name).translated === true && spec(name).kind === "list",
) as readonly FieldName[];

/** Map fields with converted keys: `[field, keys]`. */
export const TRANSLATED_MAPS: readonly (readonly [FieldName, readonly string[]])[] = FIELD_NAMES.flatMap((name) => {
  const { translated } = spec(name);
  return Array.isArray(translated) ? [[name, translated] as const] : [];
});
