/** The validated article model. Plain TypeScript: no Astro runtime, only its Zod re-export. */
import { z } from "astro/zod";
import { validateGroups, validateRule } from "../script/rules.ts";
import { RESERVED_SLUGS } from "../site/paths.ts";
import { dateProblem, isTimeZone } from "./dates.ts";

/** Longest file or folder name most file systems allow, in bytes. */
export const MAX_FILE_NAME_BYTES = 255;
/** Longest slug in UTF-8 bytes: the article page is `<slug>.html`. */
export const MAX_SLUG_BYTES = MAX_FILE_NAME_BYTES - ".html".length;

/** Why a well-formed slug cannot name a page (reserved, or too long for a file name), if it cannot; no fix named. */
export function slugIssue(value: string): string | undefined {
  if (RESERVED_SLUGS.has(value.toLowerCase())) {
    return `is reserved for the site's own pages (${[...RESERVED_SLUGS].join(", ")}; letter case aside)`;
  }
  const bytes = Buffer.byteLength(value, "utf8");
  if (bytes > MAX_SLUG_BYTES) {
    return `is ${bytes} bytes long in UTF-8, over ${MAX_SLUG_BYTES} (the page's file name, <slug>.html, may have at most ${MAX_FILE_NAME_BYTES} bytes; a Chinese character takes 3)`;
  }
  return undefined;
}

const text = z
  .string("must be text: write it on the same line as the key, in quotes if it starts with a special character.")
  .trim()
  .min(1, "is empty: write a value or remove the line.");
/** The YYYY-MM-DD form of a date written another way (2021年12月6日, 2021/12/6, 20211206), if it looks like one. */
function dateSuggestion(input: unknown): string {
  const parts =
    /^(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})\D{0,2}$/.exec(String(input).trim()) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(String(input).trim());
  if (parts === null) return "e.g. 2021-12-06";
  const [, year = "", month = "", day = ""] = parts;
  return `here ${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

/** YYYY-MM-DD that names a real calendar day. */
export const isoDate = z
  .string("must be written YYYY-MM-DD: write the date of publication, e.g. 2021-12-06.")
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (issue) => `must be written YYYY-MM-DD: write it as digits with hyphens, ${dateSuggestion(issue.input)}.`,
    abort: true,
  })
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "is not a real calendar day: check the month and day.");
/**
 * A date as editors write it: a day (YYYY-MM-DD), a day and time in the article's time zone
 * (2024-05-12 08:31, seconds optional) or ISO 8601 with an offset (2024-05-12T08:31:00+08:00).
 */
export const dateInput = z
  .string("must be written YYYY-MM-DD: write the date of publication, e.g. 2021-12-06.")
  .superRefine((value, context) => {
    const problem = dateProblem(value);
    if (problem === undefined) return;
    context.addIssue({
      code: "custom",
      message:
        problem === "form"
          ? `must be written YYYY-MM-DD: write it as digits with hyphens, ${dateSuggestion(value)} (a time may follow: 2021-12-06 08:30).`
          : problem === "day"
            ? "is not a real calendar day: check the month and day."
            : "has a time that does not exist: hours are 00–23, minutes and seconds 00–59, offsets at most ±14:00.",
    });
  });
/** A stored date: a day, or ISO 8601 with seconds and offset. */
const storedDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/);
const timeZone = z
  .string("must be a time zone name: write one such as Asia/Shanghai or Asia/Taipei.")
  .refine(
    isTimeZone,
    "is not a time zone name (IANA): write one such as Asia/Shanghai, Asia/Taipei or Asia/Hong_Kong.",
  );
const list = (what: string) =>
  z.array(text, `must be a list: one \`  - ${what}\` line per item, indented under the key.`);
const yesNo = z.boolean("must be true or false: write `true` or `false`.");

export const slug = z
  .string()
  .regex(
    /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u,
    "may hold only letters, digits, - and _: remove spaces, slashes and other signs, e.g. qingdao-training.",
  );

/** Front matter as the editor writes it. */
export const frontMatterSchema = z.strictObject({
  title: z
    .string("must be text: write it on the same line as the key, in quotes if it starts with a special character.")
    .trim()
    .min(1, "is empty: write the headline."),
  date: dateInput,
  /** When the article was last changed, in the same forms as `date`. */
  updated: dateInput.optional(),
  /** Time zone of dates written without an offset (default: the site's, siteConfig.timeZone). */
  timeZone: timeZone.optional(),
  source: z
    .string("must be text: write it on the same line as the key, in quotes if it starts with a special character.")
    .trim()
    .min(1, "is empty: name who published the article."),
  breadcrumb: z.array(text, "must be a list: one `  - level` line per level, from the top.").optional(),
  reprintedFrom: text.optional(),
  author: text.optional(),
  /** Several authors; `author` is the one-name form. */
  authors: list("name").optional(),
  tags: list("tag").optional(),
  /** The article's section; default: the breadcrumb's last level. */
  category: text.optional(),
  /** Top story. */
  featured: yesNo.optional(),
  /** Built by `npm run dev`, never by `npm run build`. */
  draft: yesNo.optional(),
  /** Lead photo. */
  image: z
    .strictObject(
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
    )
    .optional(),
  summary: text.optional(),
  originalUrl: z
    .url({
      protocol: /^https?$/,
      message: "must be a web address: write it in full, starting with https:// or http://.",
    })
    .optional(),
  slug: slug
    .superRefine((value, context) => {
      const issue = slugIssue(value);
      if (issue !== undefined) context.addIssue({ code: "custom", message: `${issue}: choose another slug.` });
    })
    .optional(),
  script: z
    .enum(
      ["hans", "hant"],
      "must be hans (Simplified) or hant (Traditional): write one of the two, or remove the line to detect it.",
    )
    .optional(),
  /** Conversion rules for the whole article (like Wikipedia's -{H|…}-) and rule groups by name. */
  conversion: z
    .strictObject(
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
    )
    .optional(),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;
export const FRONT_MATTER_KEYS = Object.keys(frontMatterSchema.shape);

const section = z.object({
  /** Anchor id, identical in both scripts; null for the lead. */
  id: z.string().nullable(),
  /** Heading text; null for the lead (the paragraphs before the first ## heading). */
  heading: z.string().nullable(),
  /** Section body as sanitized HTML. */
  html: z.string(),
});
export type Section = z.infer<typeof section>;

/** All reader-visible text of an article in one script. */
const edition = z.object({
  title: text,
  source: text,
  breadcrumb: z.array(text),
  reprintedFrom: text.optional(),
  author: text.optional(),
  /** Authors in this edition (the `authors` list, else `author`, else empty). */
  authors: z.array(text).optional(),
  tags: z.array(text).optional(),
  /** The section: `category`, else the breadcrumb's last level. */
  category: text.optional(),
  /** Lead photo's texts in this edition. */
  image: z.object({ alt: text, caption: text.optional(), credit: text.optional() }).optional(),
  summary: text,
  sections: z.array(section).min(1),
});
export type Edition = z.infer<typeof edition>;

export const articleSchema = z.object({
  slug,
  /** Publication: `YYYY-MM-DD` when written as a day, else ISO 8601 with offset (`2024-05-12T08:31:00+08:00`). */
  date: storedDate,
  /** Calendar day of publication in the article's time zone, for listings. */
  day: isoDate.optional(),
  /** Time zone the dates were read in. */
  timeZone: z.string().optional(),
  /** Last update, in the same form as `date`. */
  updated: storedDate.optional(),
  featured: z.boolean().optional(),
  /** Drafts: built by `npm run dev`, never by `npm run build` (the loader filters). */
  draft: z.boolean().optional(),
  /** Lead photo: `src` as written, `path` the absolute file path for the image pipeline. */
  image: z.object({ src: z.string(), path: z.string() }).optional(),
  /** Absolute paths of local images in the body (each <img> carries its own as data-np-src). */
  images: z.array(z.string()).optional(),
  /** Script the article is written in; the other edition is converted from it. */
  script: z.enum(["hans", "hant"]),
  originalUrl: z.string().optional(),
  /** Path of the Markdown file, relative to the content folder. */
  file: z.string(),
  /** Where the slug is written (the `slug:` value), for messages about it; absent when it comes from the file name. */
  slugAt: z.object({ line: z.number().int(), column: z.number().int() }).optional(),
  /** One edition per edition id of the site (`zh-hans`, `zh-hant`…). */
  editions: z.record(z.string(), edition),
});
export type Article = z.infer<typeof articleSchema>;

/** An edition without its sections: what listings, feeds' headers and metadata need. */
const editionHeader = edition.omit({ sections: true });
export type EditionHeader = z.infer<typeof editionHeader>;

/**
 * What the build's content store keeps per article: everything but the rendered sections, which
 * live in a cache file (`body`) so that the store, which Astro bundles, stays small.
 */
export const articleRecordSchema = articleSchema.omit({ editions: true }).extend({
  editions: z.record(z.string(), editionHeader),
  /** Cache key of the parsed article: changes when its file or the parser changes. */
  digest: z.string(),
  /**
   * Where the sections of both editions are: a cache file shared by the articles parsed together
   * (`body`, `bodyFileSize` bytes long), at bytes `bodyStart` to `bodyStart + bodyLength`.
   */
  body: z.string(),
  bodyFileSize: z.number().int(),
  bodyStart: z.number().int(),
  bodyLength: z.number().int(),
});
export type ArticleRecord = z.infer<typeof articleRecordSchema>;
/** What listings need of an article: a parsed Article and a stored record both qualify. */
export type ArticleSummary = Pick<ArticleRecord, "slug" | "date"> & {
  readonly editions: Readonly<Record<string, EditionHeader>>;
};
